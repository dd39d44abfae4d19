package org.xingfeng.publicity.core.internal;

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

/**
 * With {@code xingfeng.demo=true}: twenty articles of the demo city's staff over the last months (seed 002's kinds of
 * outlets at every level, some co-written), so the article log and the leaderboard show something at first start. The
 * platform makes the demo city at the same time, so this waits on a worker thread of the platform's {@link Tasks},
 * without holding up start-up, until the three county bureaus and their staff exist; it makes the articles only while
 * the city has none, so a restart makes nothing twice.
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
    public PublicityDemo(@Reference ArticleService articles, @Reference OrgService org, @Reference BureauTime time,
            @Reference(scope = ReferenceScope.PROTOTYPE_REQUIRED) Tasks tasks, Config config) {
        loader = config.demo() ? tasks.worker("publicity-demo", () -> load(articles, org, time)) : null;
    }

    private static void load(ArticleService articles, OrgService org, BureauTime time) {
        try {
            List<List<Staff>> staff = null;
            for (int i = 0; i < 240 && (staff = staff(org)) == null; i++) {
                Thread.sleep(500);
            }
            Optional<OrgUnit> city = org.unitByCode(Actor.SYSTEM, CITY);
            if (staff == null || city.isEmpty() || articles
                    .articles(Actor.SYSTEM, new ArticleQuery(city.get().id(), null, null, null, null),
                            PageRequest.of(0, 1))
                    .total() > 0) {
                return;
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
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("demo articles not made: {}", e.toString());
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
