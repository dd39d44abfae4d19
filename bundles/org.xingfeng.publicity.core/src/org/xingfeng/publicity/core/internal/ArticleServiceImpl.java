package org.xingfeng.publicity.core.internal;

import static org.xingfeng.publicity.core.internal.PublicityText.MESSAGES;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.Predicate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.Section;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.publicity.api.articles.Article;
import org.xingfeng.publicity.api.articles.ArticleAuthor;
import org.xingfeng.publicity.api.articles.ArticleDraft;
import org.xingfeng.publicity.api.articles.ArticleQuery;
import org.xingfeng.publicity.api.articles.ArticleService;
import org.xingfeng.publicity.api.articles.MediaLevel;
import org.xingfeng.publicity.api.articles.PersonStanding;
import org.xingfeng.publicity.api.articles.PointsTable;
import org.xingfeng.publicity.api.articles.SectionStanding;
import org.xingfeng.publicity.api.articles.ShareRule;

/**
 * 宣传稿件 in PUB_ARTICLE and PUB_ARTICLE_AUTHOR. Settings (PID {@value #PID}): the points of each media level (seed
 * 002's 20, 10, 5 and 3 by default) and the co-authors' share rule ({@code EQUAL} by default). Points are worked out
 * when read, under the configuration in force, so a changed table applies to the whole year's leaderboard alike.
 */
@Component(configurationPid = ArticleServiceImpl.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ArticleServiceImpl.Config.class)
public class ArticleServiceImpl implements ArticleService {

    public static final String PID = "org.xingfeng.publicity.articles";

    @ObjectClassDefinition(id = PID, name = "Publicity articles",
            description = "宣传稿件加分: points per media level and the co-authors' share rule")
    public @interface Config {

        @AttributeDefinition(name = "National points", description = "points of an article in a national outlet")
        int publicity_pointsNational() default 20;

        @AttributeDefinition(name = "Provincial points", description = "points of an article in a provincial outlet")
        int publicity_pointsProvincial() default 10;

        @AttributeDefinition(name = "City points", description = "points of an article in a city outlet")
        int publicity_pointsCity() default 5;

        @AttributeDefinition(name = "County points", description = "points of an article in a county outlet")
        int publicity_pointsCounty() default 3;

        @AttributeDefinition(name = "Share rule",
                description = "how co-authors share an article's points: EQUAL, FULL or FIRST_HALF")
        String publicity_shareRule() default "EQUAL";
    }

    private final EntityManagerFactory emf;
    private final AuditLog audit;
    private final OrgService org;
    private final BureauTime time;
    private final Map<MediaLevel, Integer> points;
    private final ShareRule rule;

    @Activate
    public ArticleServiceImpl(@Reference PublicityDatabase database, @Reference AuditLog audit,
            @Reference OrgService org, @Reference BureauTime time, Config config) {
        this.emf = database.emf();
        this.audit = audit;
        this.org = org;
        this.time = time;
        this.points = ArticleRules.points(config.publicity_pointsNational(), config.publicity_pointsProvincial(),
                config.publicity_pointsCity(), config.publicity_pointsCounty());
        this.rule = ArticleRules.shareRule(config.publicity_shareRule());
    }

    @Override
    public PointsTable points() {
        return new PointsTable(points, rule);
    }

    @Override
    public Article create(Actor actor, ArticleDraft draft) {
        Access.requireEditor(actor);
        Checked c = checked(actor, draft);
        Article created = Jpa.inTransaction(emf, em -> {
            ArticleEntity e = new ArticleEntity();
            e.createdBy = actor.username();
            e.createdAt = Timestamp.from(time.now());
            fill(e, c);
            em.persist(e);
            em.flush();
            authors(em, e.id, c.authors);
            Article made = toRecord(e, c.authors, new Names());
            audit.record(actor, "create", AUDIT_TYPE, made.id(), null, made);
            return made;
        });
        return created;
    }

    @Override
    public Article update(Actor actor, long id, ArticleDraft draft) {
        Access.requireEditor(actor);
        Article before = article(actor, id)
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.article"), id));
        Checked c = checked(actor, draft);
        Article after = Jpa.inTransaction(emf, em -> {
            ArticleEntity e = find(em, actor, id);
            fill(e, c);
            em.createQuery("DELETE FROM ArticleAuthorEntity a WHERE a.articleId = :id").setParameter("id", id)
                    .executeUpdate();
            authors(em, id, c.authors);
            Article changed = toRecord(e, c.authors, new Names());
            audit.record(actor, "update", AUDIT_TYPE, id, before, changed);
            return changed;
        });
        return after;
    }

    @Override
    public void delete(Actor actor, long id) {
        Access.requireEditor(actor);
        Article before = article(actor, id)
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.article"), id));
        Jpa.run(emf, em -> {
            ArticleEntity e = find(em, actor, id);
            em.createQuery("DELETE FROM ArticleAuthorEntity a WHERE a.articleId = :id").setParameter("id", id)
                    .executeUpdate();
            em.remove(e);
            audit.record(actor, "delete", AUDIT_TYPE, id, before, null);
        });
    }

    private static ArticleEntity find(EntityManager em, Actor actor, long id) {
        ArticleEntity e = em.find(ArticleEntity.class, id);
        if (e == null || !actor.reach().contains(e.unitId)) {
            throw new NotFoundException(MESSAGES.text("entity.article"), id);
        }
        return e;
    }

    /** A draft checked on its face and against the org tree within the actor's reach. */
    private record Checked(ArticleDraft draft, OrgUnit unit, List<Long> authors) {
    }

    private Checked checked(Actor actor, ArticleDraft draft) {
        List<FieldError> errors = ArticleRules.check(draft, time.today());
        ArticleRules.throwIfAny(errors);
        Optional<OrgUnit> unit = org.unit(actor, draft.unitId());
        if (unit.isEmpty()) {
            ArticleRules.throwIfAny(List.of(FieldError.of("unitId", MESSAGES.text("unit.unknown", draft.unitId()))));
        }
        Set<Long> subtree = org.subtree(actor, unit.get().id()).stream().map(OrgUnit::id)
                .collect(Collectors.toSet());
        for (int i = 0; i < draft.authorIds().size(); i++) {
            long staffId = draft.authorIds().get(i);
            Optional<Staff> s = org.staffMember(actor, staffId);
            if (s.isEmpty() || !subtree.contains(s.get().unitId())) {
                errors.add(FieldError.of("authorIds[" + i + "]", MESSAGES.text("article.authorUnknown", staffId)));
            }
        }
        ArticleRules.throwIfAny(errors);
        return new Checked(draft, unit.get(), List.copyOf(draft.authorIds()));
    }

    private static void fill(ArticleEntity e, Checked c) {
        ArticleDraft d = c.draft;
        e.unitId = c.unit.id();
        e.title = d.title().strip();
        e.outlet = d.outlet().strip();
        e.level = d.level();
        e.publishedOn = d.publishedOn();
        e.link = d.link() == null || d.link().isBlank() ? null : d.link().strip();
    }

    private static void authors(EntityManager em, long articleId, List<Long> staffIds) {
        for (int i = 0; i < staffIds.size(); i++) {
            ArticleAuthorEntity a = new ArticleAuthorEntity();
            a.articleId = articleId;
            a.staffId = staffIds.get(i);
            a.position = i;
            em.persist(a);
        }
    }

    @Override
    public Optional<Article> article(Actor actor, long id) {
        Access.requireReader(actor);
        return Jpa.read(emf, em -> Optional.ofNullable(em.find(ArticleEntity.class, id))
                .filter(e -> actor.reach().contains(e.unitId))
                .map(e -> toRecord(e, authorIds(em, List.of(e.id)).getOrDefault(e.id, List.of()), new Names())));
    }

    @Override
    public Page<Article> articles(Actor actor, ArticleQuery query, PageRequest page) {
        Access.requireReader(actor);
        ArticleQuery q = query == null ? ArticleQuery.ALL : query;
        List<Long> units = UnitScope.ids(org, actor, q.unitId());
        Names names = new Names();
        return Jpa.read(emf, em -> {
            List<Long> byStaff = q.staffId() == null ? null
                    : em.createQuery("SELECT a.articleId FROM ArticleAuthorEntity a WHERE a.staffId = :s", Long.class)
                            .setParameter("s", q.staffId()).getResultList();
            Page<ArticleEntity> found = Jpa.page(em, ArticleEntity.class, "unitId", units, (cb, a) -> {
                List<Predicate> where = new ArrayList<>();
                if (q.year() != null) {
                    where.add(cb.between(a.get("publishedOn"), ArticleRules.firstDay(q.year()),
                            ArticleRules.lastDay(q.year())));
                }
                if (q.level() != null) {
                    where.add(cb.equal(a.get("level"), q.level()));
                }
                if (q.text() != null && !q.text().isBlank()) {
                    String like = Jpa.contains(q.text());
                    where.add(cb.or(cb.like(a.get("title"), like), cb.like(a.get("outlet"), like)));
                }
                if (byStaff != null) {
                    where.add(byStaff.isEmpty() ? cb.disjunction() : a.get("id").in(byStaff));
                }
                return where;
            }, (cb, a) -> cb.desc(a.get("publishedOn")), page);
            Map<Long, List<Long>> authors = authorIds(em, found.items().stream().map(e -> e.id).toList());
            return found.map(e -> toRecord(e, authors.getOrDefault(e.id, List.of()), names));
        });
    }

    /** The authors of each article, in the by-line's order. */
    private static Map<Long, List<Long>> authorIds(EntityManager em, List<Long> articleIds) {
        Map<Long, List<Long>> out = new HashMap<>();
        for (int from = 0; from < articleIds.size(); from += 500) {
            List<Long> part = articleIds.subList(from, Math.min(articleIds.size(), from + 500));
            for (ArticleAuthorEntity a : em
                    .createQuery("SELECT a FROM ArticleAuthorEntity a WHERE a.articleId IN :ids "
                            + "ORDER BY a.articleId, a.position", ArticleAuthorEntity.class)
                    .setParameter("ids", part).getResultList()) {
                out.computeIfAbsent(a.articleId, k -> new ArrayList<>()).add(a.staffId);
            }
        }
        return out;
    }

    /** The year's articles of the scope, as the leaderboard counts them. */
    private List<ArticleRules.Scored> scored(Actor actor, int year, Long unitId) {
        Access.requireReader(actor);
        List<Long> units = UnitScope.ids(org, actor, unitId);
        return Jpa.read(emf, em -> {
            List<ArticleEntity> found = Jpa.page(em, ArticleEntity.class, "unitId", units, (cb, a) -> {
                List<Predicate> where = new ArrayList<>();
                where.add(cb.between(a.get("publishedOn"), ArticleRules.firstDay(year), ArticleRules.lastDay(year)));
                return where;
            }, (cb, a) -> cb.asc(a.get("id")), PageRequest.EXPORT).items();
            Map<Long, List<Long>> authors = authorIds(em, found.stream().map(e -> e.id).toList());
            return found.stream().map(e -> new ArticleRules.Scored(e.id, e.level, e.publishedOn,
                    authors.getOrDefault(e.id, List.of()))).toList();
        });
    }

    @Override
    public List<PersonStanding> leaderboard(Actor actor, int year, Long unitId) {
        Map<Long, ArticleRules.Tally> tallies = ArticleRules.tallies(scored(actor, year, unitId), year, points, rule);
        Names names = new Names();
        List<Map.Entry<Long, ArticleRules.Tally>> sorted = new ArrayList<>(tallies.entrySet());
        sorted.sort(Comparator.comparing((Map.Entry<Long, ArticleRules.Tally> e) -> e.getValue().points).reversed()
                .thenComparing(e -> -e.getValue().articles).thenComparing(e -> staffNumber(names, e.getKey())));
        List<Integer> ranks = ArticleRules.ranks(sorted.stream().map(e -> e.getValue().points).toList());
        List<PersonStanding> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            long staffId = sorted.get(i).getKey();
            ArticleRules.Tally t = sorted.get(i).getValue();
            Staff s = names.staff(staffId);
            long unit = s == null ? 0 : s.unitId();
            Long section = s == null ? null : s.sectionId();
            out.add(new PersonStanding(ranks.get(i), staffId, s == null ? null : s.staffNumber(),
                    s == null ? null : s.name(), unit, names.unitName(unit), section,
                    section == null ? null : names.sectionName(section), t.articles, t.level(MediaLevel.NATIONAL),
                    t.level(MediaLevel.PROVINCIAL), t.level(MediaLevel.CITY), t.level(MediaLevel.COUNTY), t.points));
        }
        return out;
    }

    private static String staffNumber(Names names, long staffId) {
        Staff s = names.staff(staffId);
        return s == null ? "" : s.staffNumber();
    }

    @Override
    public List<SectionStanding> sections(Actor actor, int year, Long unitId) {
        List<ArticleRules.Scored> articles = scored(actor, year, unitId);
        Names names = new Names();
        // a section's key: its unit and its section (null: the unit's staff without a section)
        record Key(long unitId, Long sectionId) {
        }
        Map<Key, BigDecimal> pointsOf = new LinkedHashMap<>();
        Map<Key, java.util.Set<Long>> articlesOf = new HashMap<>();
        for (ArticleRules.Scored a : articles) {
            List<BigDecimal> shares = ArticleRules.shares(points.getOrDefault(a.level(), 0), a.authorIds().size(),
                    rule);
            for (int i = 0; i < a.authorIds().size(); i++) {
                Staff s = names.staff(a.authorIds().get(i));
                if (s == null) {
                    continue;
                }
                Key k = new Key(s.unitId(), s.sectionId());
                pointsOf.merge(k, shares.get(i), BigDecimal::add);
                articlesOf.computeIfAbsent(k, x -> new java.util.HashSet<>()).add(a.articleId());
            }
        }
        List<Key> keys = new ArrayList<>(pointsOf.keySet());
        keys.sort(Comparator.comparing((Key k) -> pointsOf.get(k)).reversed()
                .thenComparing(k -> -articlesOf.get(k).size()).thenComparing(Key::unitId)
                .thenComparing(k -> k.sectionId() == null ? Long.MAX_VALUE : k.sectionId()));
        List<Integer> ranks = ArticleRules.ranks(keys.stream().map(pointsOf::get).toList());
        List<SectionStanding> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Key k = keys.get(i);
            out.add(new SectionStanding(ranks.get(i), k.unitId(), names.unitName(k.unitId()), k.sectionId(),
                    k.sectionId() == null ? null : names.sectionName(k.sectionId()), articlesOf.get(k).size(),
                    pointsOf.get(k)));
        }
        return out;
    }

    @Override
    public Table table(List<Article> articles) {
        List<List<Object>> rows = new ArrayList<>();
        for (Article a : articles) {
            rows.add(Arrays.asList(a.id(), a.publishedOn(), a.title(), a.outlet(), levelName(a.level()),
                    a.unitName(),
                    a.authors().stream().map(x -> x.name() + "（" + x.points().toPlainString() + "）")
                            .collect(Collectors.joining("、")),
                    a.points(), a.link()));
        }
        return new Table("宣传稿件", "稿件", List.of(zh("column.id"), zh("column.publishedOn"), zh("column.title"),
                zh("column.outlet"), zh("column.level"), zh("column.unit"), zh("column.authors"), zh("column.points"),
                zh("column.link")), rows);
    }

    @Override
    public Table leaderboardTable(int year, List<PersonStanding> standings) {
        List<List<Object>> rows = new ArrayList<>();
        for (PersonStanding p : standings) {
            rows.add(Arrays.asList(p.rank(), p.staffNumber(), p.name(), p.unitName(), p.sectionName(), p.articles(),
                    p.national(), p.provincial(), p.city(), p.county(), p.points()));
        }
        return new Table(year + "年度宣传积分", "个人积分", List.of(zh("column.rank"), zh("column.staffNumber"),
                zh("column.name"), zh("column.unit"), zh("column.section"), zh("column.articles"),
                zh("column.national"), zh("column.provincial"), zh("column.city"), zh("column.county"),
                zh("column.points")), rows);
    }

    @Override
    public Table sectionsTable(int year, List<SectionStanding> standings) {
        List<List<Object>> rows = new ArrayList<>();
        for (SectionStanding s : standings) {
            rows.add(Arrays.asList(s.rank(), s.unitName(), s.sectionName(), s.articles(), s.points()));
        }
        return new Table(year + "年度科室宣传积分", "科室积分", List.of(zh("column.rank"), zh("column.unit"),
                zh("column.section"), zh("column.articles"), zh("column.points")), rows);
    }

    private static String zh(String key) {
        return MESSAGES.get(Languages.CHINESE, key);
    }

    private static String levelName(MediaLevel level) {
        return zh("level." + level.name());
    }

    private Article toRecord(ArticleEntity e, List<Long> authorIds, Names names) {
        List<BigDecimal> shares = ArticleRules.shares(points.getOrDefault(e.level, 0), authorIds.size(), rule);
        List<ArticleAuthor> authors = new ArrayList<>();
        for (int i = 0; i < authorIds.size(); i++) {
            Staff s = names.staff(authorIds.get(i));
            long unit = s == null ? 0 : s.unitId();
            Long section = s == null ? null : s.sectionId();
            authors.add(new ArticleAuthor(authorIds.get(i), s == null ? null : s.staffNumber(),
                    s == null ? null : s.name(), unit, names.unitName(unit), section,
                    section == null ? null : names.sectionName(section), shares.get(i)));
        }
        BigDecimal total = BigDecimal.valueOf(points.getOrDefault(e.level, 0)).setScale(2);
        return new Article(e.id, e.unitId, names.unitName(e.unitId), e.title, e.outlet, e.level, e.publishedOn, e.link,
                authors, total, e.createdBy, e.createdAt == null ? null : e.createdAt.toInstant());
    }

    /** Org names looked up once per request (for records already checked against the reach). */
    private final class Names {
        private final Map<Long, Optional<Staff>> staff = new HashMap<>();
        private final Map<Long, Optional<Section>> sections = new HashMap<>();
        private final Map<Long, Optional<OrgUnit>> units = new HashMap<>();

        Staff staff(long id) {
            return staff.computeIfAbsent(id, k -> org.staffMember(Actor.SYSTEM, k)).orElse(null);
        }

        String sectionName(long id) {
            return sections.computeIfAbsent(id, k -> org.section(Actor.SYSTEM, k)).map(Section::name).orElse(null);
        }

        String unitName(long id) {
            return units.computeIfAbsent(id, k -> org.unit(Actor.SYSTEM, k)).map(OrgUnit::name).orElse(null);
        }
    }

}
