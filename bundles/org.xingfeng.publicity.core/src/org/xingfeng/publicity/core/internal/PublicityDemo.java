package org.xingfeng.publicity.core.internal;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceScope;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffQuery;
import org.xingfeng.platform.api.tasks.Tasks;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.publicity.api.articles.ArticleDraft;
import org.xingfeng.publicity.api.articles.ArticleQuery;
import org.xingfeng.publicity.api.articles.ArticleService;
import org.xingfeng.publicity.api.articles.MediaLevel;
import org.xingfeng.publicity.api.campaigns.ActivityDraft;
import org.xingfeng.publicity.api.campaigns.Campaign;
import org.xingfeng.publicity.api.campaigns.CampaignDraft;
import org.xingfeng.publicity.api.campaigns.CampaignQuery;
import org.xingfeng.publicity.api.campaigns.CampaignService;
import org.xingfeng.publicity.api.materials.Material;
import org.xingfeng.publicity.api.materials.MaterialDraft;
import org.xingfeng.publicity.api.materials.MaterialKind;
import org.xingfeng.publicity.api.materials.MaterialQuery;
import org.xingfeng.publicity.api.materials.MaterialService;
import org.xingfeng.publicity.api.campaigns.Channel;
import org.xingfeng.publicity.api.campaigns.TargetGroup;
import org.xingfeng.publicity.api.campaigns.VenueKind;
import org.xingfeng.publicity.api.surveys.Answer;
import org.xingfeng.publicity.api.surveys.Condition;
import org.xingfeng.publicity.api.surveys.CodeBatch;
import org.xingfeng.publicity.api.surveys.Question;
import org.xingfeng.publicity.api.surveys.QuestionType;
import org.xingfeng.publicity.api.surveys.Quota;
import org.xingfeng.publicity.api.surveys.Survey;
import org.xingfeng.publicity.api.surveys.SurveyDraft;
import org.xingfeng.publicity.api.surveys.SurveyKind;
import org.xingfeng.publicity.api.surveys.SurveyQuery;
import org.xingfeng.publicity.api.surveys.SurveyService;

/**
 * With {@code xingfeng.demo=true}: twenty articles of the demo city's staff over the last months (seed 002's kinds of
 * outlets at every level, some co-written), the city's campaign month (医保政策进万家集中宣传月, 五进) with activities of
 * every county and township, and an awareness survey (知晓率) with answers from the townships, so the article log, the
 * leaderboard, the campaign board and the survey's figures show something at first start. The
 * platform makes the demo city at the same time, so this waits on a worker thread of the platform's {@link Tasks},
 * without holding up start-up, until the three county bureaus and their staff exist; it makes the articles, the campaign
 * and the survey each only while the city has none, so a restart makes nothing twice.
 */
@Component(immediate = true, configurationPid = PublicityDemo.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = PublicityDemo.Config.class)
public class PublicityDemo {

    private static final Logger LOG = LoggerFactory.getLogger(PublicityDemo.class);

    public static final String PID = "org.xingfeng.publicity.demo";

    @ObjectClassDefinition(id = PID, name = "Publicity demo data", description = "宣传 of the demo city")
    public @interface Config {

        @AttributeDefinition(name = "Demo data", description = "give the demo bureaus twenty articles of their staff")
        boolean demo() default false;
    }

    static final String CITY = "510700";
    static final List<String> COUNTIES = List.of("510722", "510723", "510725");

    /** Title, outlet, level: the kinds of pieces seed 002 names (policy explained, 集中征缴, 亮屏, 五进, 集采). */
    static final String[][] ARTICLES = { { "医保政策进万家：集中征缴宣传走进村居社区", "中国医疗保险", "NATIONAL" },
            { "县医保局开展“亮屏”行动，滚动播放参保政策", "四川日报", "PROVINCIAL" },
            { "药品耗材集采惠民，群众看病负担再减轻", "绵阳日报", "CITY" }, { "医保电子凭证激活指南", "三台县融媒体中心", "COUNTY" },
            { "“五进”宣传：医保政策进企业", "绵阳日报", "CITY" }, { "城乡居民医保集中征缴启动", "四川省医疗保障局网站", "PROVINCIAL" },
            { "扶持中医药发展医保政策解读", "中国医疗保障", "NATIONAL" }, { "门诊共济保障机制问答", "盐亭县融媒体中心", "COUNTY" },
            { "医保经办服务窗口“好差评”见闻", "绵阳广播电视台", "CITY" }, { "村医“医保明白人”培训走进乡镇", "梓潼县融媒体中心", "COUNTY" },
            { "异地就医直接结算更便捷", "四川日报", "PROVINCIAL" }, { "“五进”宣传：医保政策进学校", "绵阳日报", "CITY" },
            { "医保基金监管以案示警", "三台县融媒体中心", "COUNTY" }, { "大病保险待遇有提高", "盐亭县融媒体中心", "COUNTY" },
            { "长期护理保险试点答问", "绵阳广播电视台", "CITY" }, { "“五进”宣传：医保政策进家庭", "梓潼县融媒体中心", "COUNTY" },
            { "15分钟医保服务圈建设纪实", "四川日报", "PROVINCIAL" }, { "医保服务“帮办代办”暖人心", "绵阳日报", "CITY" },
            { "参保缴费渠道一览", "三台县融媒体中心", "COUNTY" }, { "医保政策巡回讲堂走进农村", "中国医疗保险", "NATIONAL" } };

    private final Thread loader;

    @Activate
    public PublicityDemo(@Reference ArticleService articles, @Reference CampaignService campaigns,
            @Reference SurveyService surveys, @Reference MaterialService materials, @Reference OrgService org,
            @Reference BureauTime time,
            @Reference(scope = ReferenceScope.PROTOTYPE_REQUIRED) Tasks tasks, Config config) {
        loader = config.demo() ? tasks.worker("publicity-demo", () -> {
            if (load(articles, org, time)) {
                campaign(campaigns, org, time);
                materials(materials, campaigns, org);
                survey(surveys, org);
            }
        }) : null;
    }

    /** The city's campaign month: started twenty days ago, two activities of each county and one of each township. */
    private static void campaign(CampaignService campaigns, OrgService org, BureauTime time) {
        try {
            OrgUnit city = org.unitByCode(Actor.SYSTEM, CITY).orElseThrow();
            if (campaigns.campaigns(Actor.SYSTEM, new CampaignQuery(city.id(), null, null), PageRequest.of(0, 1))
                    .total() > 0) {
                return;
            }
            LocalDate today = time.today();
            Campaign c = campaigns.create(Actor.SYSTEM, new CampaignDraft(city.id(), "医保政策进万家集中宣传月",
                    today.minusDays(20), today.plusDays(10), "参保缴费、医保电子凭证、门诊共济政策知晓率达到 90% 以上",
                    java.util.EnumSet.of(TargetGroup.RESIDENTS, TargetGroup.ELDERLY, TargetGroup.STUDENTS,
                            TargetGroup.EMPLOYERS, TargetGroup.RURAL),
                    java.util.EnumSet.of(VenueKind.ENTERPRISE, VenueKind.SCHOOL, VenueKind.COMMUNITY, VenueKind.VILLAGE,
                            VenueKind.FAMILY),
                    java.util.EnumSet.of(Channel.TV, Channel.WECHAT, Channel.DOUYIN, Channel.LED_SCREEN,
                            Channel.BROADCAST, Channel.LEAFLET, Channel.SESSION)));
            VenueKind[] kinds = { VenueKind.ENTERPRISE, VenueKind.SCHOOL, VenueKind.COMMUNITY, VenueKind.VILLAGE,
                    VenueKind.FAMILY, VenueKind.MEDICAL_INSTITUTION };
            int n = 0;
            for (String code : COUNTIES) {
                OrgUnit county = org.unitByCode(Actor.SYSTEM, code).orElseThrow();
                for (int i = 0; i < 2; i++, n++) {
                    campaigns.addActivity(Actor.SYSTEM, c.id(),
                            new ActivityDraft(county.id(), today.minusDays(18 - 5L * i
                                    - n), kinds[n % kinds.length], county.name().replace("医疗保障局", "") + "城区",
                                    "政策宣讲、现场答疑",
                                    800 + 100 * n, 6 + n, 4, 2, 600 + 50 * n));
                }
                Optional<OrgUnit> town = org.unitByCode(Actor.SYSTEM, code + "001");
                if (town.isPresent()) {
                    campaigns.addActivity(Actor.SYSTEM, c.id(),
                            new ActivityDraft(town.get().id(), today.minusDays(3L + n),
                                    VenueKind.VILLAGE, town.get().name(), "村广播、入户发放宣传单", 300 + 20 * n, 2, 0, 1,
                                    240 + 10 * n));
                    n++;
                }
            }
            System.out.println("[xingfeng] demo publicity: a campaign month with " + n + " activities");
        } catch (RuntimeException e) {
            LOG.warn("demo campaign not made: {}", e.toString());
        }
    }

    /** A 1x1 pixel PNG: the demo posters' file. */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /**
     * The city's materials library for its campaign month: a poster in two versions, a leaflet, a video and a slogan
     * approved (so the counties use them), a policy explainer still a draft, and a county's own leaflet.
     */
    private static void materials(MaterialService materials, CampaignService campaigns, OrgService org) {
        try {
            OrgUnit city = org.unitByCode(Actor.SYSTEM, CITY).orElseThrow();
            if (materials.materials(Actor.SYSTEM, new MaterialQuery(city.id(), null, null, null, null),
                    PageRequest.of(0, 1)).total() > 0) {
                return;
            }
            Long campaign = campaigns.campaigns(Actor.SYSTEM, new CampaignQuery(city.id(), null, null),
                    PageRequest.of(0, 1)).items().stream().findFirst().map(Campaign::id).orElse(null);
            byte[] pdf = "%PDF-1.4\n% 城乡居民医保参保缴费明白纸\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Material poster = materials.create(Actor.SYSTEM, new MaterialDraft(city.id(), campaign, "医保电子凭证",
                    MaterialKind.POSTER, "医保电子凭证激活海报", "定点医药机构、经办大厅张贴", null));
            materials.upload(Actor.SYSTEM, poster.id(), "电子凭证海报-初稿.png", null, new ByteArrayInputStream(PNG));
            materials.upload(Actor.SYSTEM, poster.id(), "电子凭证海报.png", "改正客服电话",
                    new ByteArrayInputStream(PNG));
            materials.approve(Actor.SYSTEM, poster.id());
            Material leaflet = materials.create(Actor.SYSTEM, new MaterialDraft(city.id(), campaign, "参保缴费",
                    MaterialKind.LEAFLET, "城乡居民医保参保缴费明白纸", "入户发放、村广播配合", null));
            materials.upload(Actor.SYSTEM, leaflet.id(), "参保缴费明白纸.pdf", null, new ByteArrayInputStream(pdf));
            materials.approve(Actor.SYSTEM, leaflet.id());
            Material video = materials.create(Actor.SYSTEM, new MaterialDraft(city.id(), campaign, "门诊共济",
                    MaterialKind.VIDEO, "门诊共济保障机制一分钟看懂", "亮屏滚动播放", "https://example.cn/video/mzgj"));
            materials.approve(Actor.SYSTEM, video.id());
            Material slogan = materials.create(Actor.SYSTEM, new MaterialDraft(city.id(), campaign, "参保缴费",
                    MaterialKind.SLOGAN, "参加医保，全家安心", "横幅、电子屏", null));
            materials.approve(Actor.SYSTEM, slogan.id());
            materials.create(Actor.SYSTEM, new MaterialDraft(city.id(), campaign, "集采药品",
                    MaterialKind.EXPLAINER, "国家集采药品降价政策解读（待审）", null, null));
            OrgUnit county = org.unitByCode(Actor.SYSTEM, COUNTIES.get(0)).orElseThrow();
            Material own = materials.create(Actor.SYSTEM, new MaterialDraft(county.id(), null, "异地就医",
                    MaterialKind.LEAFLET, county.name().replace("医疗保障局", "") + "异地就医备案指南", null, null));
            materials.upload(Actor.SYSTEM, own.id(), "异地就医备案指南.pdf", null, new ByteArrayInputStream(pdf));
            materials.approve(Actor.SYSTEM, own.id());
            System.out.println("[xingfeng] demo publicity: a materials library of six");
        } catch (RuntimeException e) {
            LOG.warn("demo materials not made: {}", e.toString());
        }
    }

    /**
     * Two rounds of an awareness survey: one before the campaign month (closed) and the current one (open, a question
     * asked only of those who have not activated the e-card, a quota per township, two paper questionnaires per
     * township), with answers from each county's township, awareness higher in the later round.
     */
    private static void survey(SurveyService surveys, OrgService org) {
        try {
            OrgUnit city = org.unitByCode(Actor.SYSTEM, CITY).orElseThrow();
            if (surveys.surveys(Actor.SYSTEM, new SurveyQuery(city.id(), null, null), PageRequest.of(0, 1))
                    .total() > 0) {
                return;
            }
            List<OrgUnit> towns = new ArrayList<>();
            for (String county : COUNTIES) {
                org.unitByCode(Actor.SYSTEM, county + "001").ifPresent(towns::add);
            }
            Survey before = surveys.create(Actor.SYSTEM, new SurveyDraft(city.id(), "医保政策知晓率调查（宣传月前）",
                    "本调查匿名进行，约需 2 分钟。", SurveyKind.AWARENESS, questions(false)));
            surveys.open(Actor.SYSTEM, before.id());
            for (int t = 0; t < towns.size(); t++) {
                CodeBatch codes = surveys.issueCodes(Actor.SYSTEM, before.id(), towns.get(t).id(), 15);
                for (int i = 0; i < 10 + t; i++) {
                    surveys.respond(codes.codes().get(i), answers(i, t, 2));
                }
            }
            surveys.close(Actor.SYSTEM, before.id());
            List<Quota> quotas = towns.stream()
                    .map(u -> new Quota(u.name(), u.id(), null, null, 200, null, null)).toList();
            Survey s = surveys.create(Actor.SYSTEM, new SurveyDraft(city.id(), "医保政策知晓率调查", "本调查匿名进行，约需 2 分钟。",
                    SurveyKind.AWARENESS, questions(true), quotas));
            surveys.open(Actor.SYSTEM, s.id());
            int answered = 0;
            for (int t = 0; t < towns.size(); t++) {
                CodeBatch codes = surveys.issueCodes(Actor.SYSTEM, s.id(), towns.get(t).id(), 20);
                for (int i = 0; i < 12 + 2 * t; i++) {
                    java.util.Map<String, Answer> a = answers(i, t, 4);
                    if (i < 2) {
                        surveys.enterPaper(Actor.SYSTEM, s.id(), codes.codes().get(i), a);
                    } else {
                        surveys.respond(codes.codes().get(i), a);
                    }
                    answered++;
                }
            }
            System.out.println("[xingfeng] demo publicity: an awareness survey in two rounds, " + answered
                    + " answers in the current one");
        } catch (RuntimeException e) {
            LOG.warn("demo survey not made: {}", e.toString());
        }
    }

    private static List<Question> questions(boolean branch) {
        List<Question> q = new ArrayList<>();
        q.add(new Question("ecard", QuestionType.YES_NO, "您是否知道并激活了医保电子凭证？", null, null, true, true, null));
        if (branch) {
            q.add(new Question("why", QuestionType.SINGLE, "您还没有激活的原因是？", List.of("不知道怎么激活", "觉得用不上", "担心信息安全"),
                    null, true, false, null, new Condition("ecard", null, false)));
        }
        q.add(new Question("pay", QuestionType.SINGLE, "您是否了解城乡居民医保的缴费时间和渠道？", List.of("了解", "听说过", "不了解"), null,
                true, true, List.of(0, 1)));
        q.add(new Question("seen", QuestionType.MULTIPLE, "您在哪里见过医保宣传？", List.of("电子屏（亮屏）", "宣传单", "村广播", "微信、抖音"),
                null, false, false, null));
        q.add(new Question("sat", QuestionType.RATING, "您对医保经办服务的满意程度", null, 5, false, false, null));
        q.add(new Question("say", QuestionType.TEXT, "您的意见和建议", null, null, false, false, null));
        return q;
    }

    /** The i-th respondent of township t; one in {@code every} has not activated the e-card. */
    private static java.util.Map<String, Answer> answers(int i, int t, int every) {
        java.util.Map<String, Answer> a = new java.util.HashMap<>();
        boolean ecard = (i + t) % every != 0;
        a.put("ecard", new Answer(null, null, ecard, null));
        if (!ecard && every == 4) {
            a.put("why", new Answer(List.of((i + t) % 3), null, null, null));
        }
        a.put("pay", new Answer(List.of(every == 4 ? (i * 7 + t) % 3 : (i + t) % 2 + 1), null, null, null));
        a.put("seen", new Answer(List.of(i % 4), null, null, null));
        a.put("sat", new Answer(null, 3 + (i + t) % 3, null, null));
        return a;
    }

    /** The twenty articles; false while the city is not there yet. */
    private static boolean load(ArticleService articles, OrgService org, BureauTime time) {
        try {
            List<List<Staff>> staff = null;
            for (int i = 0; i < 240 && (staff = staff(org)) == null; i++) {
                Thread.sleep(500);
            }
            Optional<OrgUnit> city = org.unitByCode(Actor.SYSTEM, CITY);
            if (staff == null || city.isEmpty()) {
                return false;
            }
            if (articles.articles(Actor.SYSTEM, new ArticleQuery(city.get().id(), null, null, null, null),
                    PageRequest.of(0, 1)).total() > 0) {
                return true;
            }
            LocalDate today = time.today();
            for (int i = 0; i < ARTICLES.length; i++) {
                List<Staff> county = staff.get(i % staff.size());
                List<Long> authors = new ArrayList<>();
                authors.add(county.get(1 + i % (county.size() - 1)).id());
                if (i % 3 == 0) {
                    authors.add(county.get(1 + (i + 1) % (county.size() - 1)).id());
                }
                if (i % 7 == 0) {
                    authors.add(county.get(0).id());
                }
                articles.create(Actor.SYSTEM,
                        new ArticleDraft(county.get(0).unitId(), ARTICLES[i][0], ARTICLES[i][1],
                                MediaLevel.valueOf(ARTICLES[i][2]), today.minusDays(3L + 9L * i),
                                "https://example.cn/news/" + (1000 + i), authors));
            }
            System.out.println("[xingfeng] demo publicity: " + ARTICLES.length + " articles");
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException e) {
            LOG.warn("demo articles not made: {}", e.toString());
            return false;
        }
    }

    /** The staff of each demo county (at least three each), or null while the city is still being made. */
    private static List<List<Staff>> staff(OrgService org) {
        List<List<Staff>> all = new ArrayList<>();
        for (String code : COUNTIES) {
            Optional<OrgUnit> county = org.unitByCode(Actor.SYSTEM, code);
            if (county.isEmpty()) {
                return null;
            }
            List<Staff> staff = org.staff(Actor.SYSTEM, new StaffQuery(county.get().id(), null, null, true, null),
                    PageRequest.ALL).items().stream().filter(s -> s.unitId() == county.get().id()).toList();
            if (staff.size() < 8) {
                return null;
            }
            all.add(staff);
        }
        return all;
    }

    @Deactivate
    void stop() throws InterruptedException {
        if (loader != null) {
            loader.interrupt();
            loader.join(5000);
        }
    }
}
