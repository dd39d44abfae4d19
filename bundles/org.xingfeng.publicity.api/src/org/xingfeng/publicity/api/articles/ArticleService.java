package org.xingfeng.publicity.api.articles;

import java.util.List;
import java.util.Optional;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * 宣传稿件: the article log and its points. Changes need {@code publicity.editor} (or admin) and are audited (entity type
 * {@code publicity.article}); reading needs a publicity role, admin or auditor. An article belongs to its unit: one of
 * a unit outside the actor's reach answers 404, a unit or author out of reach in a draft 400 naming the field. Lists
 * and leaderboards without a unit hold the actor's reach.
 */
@Remote
public interface ArticleService {

    String AUDIT_TYPE = "publicity.article";

    Article create(Actor actor, ArticleDraft draft);

    Article update(Actor actor, long id, ArticleDraft draft);

    void delete(Actor actor, long id);

    Optional<Article> article(Actor actor, long id);

    /** Newest publication first. */
    Page<Article> articles(Actor actor, ArticleQuery query, PageRequest page);

    /** The articles as a sheet (Chinese headers: one row per article, its authors with their points). */
    Table table(List<Article> articles);

    /** The year's leaderboard per person (the articles published that year in the unit's subtree), best first. */
    List<PersonStanding> leaderboard(Actor actor, int year, Long unitId);

    /** The year's leaderboard per section, best first. */
    List<SectionStanding> sections(Actor actor, int year, Long unitId);

    /** The leaderboard as the yearly assessment's sheet (年度宣传积分). */
    Table leaderboardTable(int year, List<PersonStanding> standings);

    Table sectionsTable(int year, List<SectionStanding> standings);

    /** Points per level and the share rule in force. */
    PointsTable points();
}
