package org.xingfeng.publicity.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;
import org.xingfeng.platform.testing.Services;
import org.xingfeng.platform.testing.WatchedAuditLog;
import org.xingfeng.publicity.api.articles.ArticleDraft;
import org.xingfeng.publicity.api.articles.ArticleQuery;
import org.xingfeng.publicity.api.articles.ArticleService;
import org.xingfeng.publicity.api.articles.MediaLevel;
import org.xingfeng.publicity.api.campaigns.CampaignDraft;
import org.xingfeng.publicity.api.campaigns.CampaignQuery;
import org.xingfeng.publicity.api.campaigns.CampaignService;
import org.xingfeng.publicity.api.campaigns.Channel;
import org.xingfeng.platform.api.files.FileService;
import org.xingfeng.publicity.api.materials.MaterialDraft;
import org.xingfeng.publicity.api.materials.MaterialKind;
import org.xingfeng.publicity.api.materials.MaterialQuery;
import org.xingfeng.publicity.api.materials.MaterialService;

/**
 * The publicity services write a change's audit entry inside the change's transaction: with the platform's
 * {@link WatchedAuditLog} refusing the entry, the change is rolled back and nothing is stored (an entry written after
 * the commit would leave the change unaudited).
 */
class AuditInTransactionIT {

    static BundleContext context;
    static long unit;
    static long staff;

    @BeforeAll
    static void setUp() {
        Api.awaitReady();
        String admin = Api.admin();
        unit = Fixtures.createCounty(admin).path("id").asLong();
        staff = Fixtures.createStaff(admin, unit, "审计测试").path("id").asLong();
        context = FrameworkUtil.getBundle(AuditInTransactionIT.class).getBundleContext();
    }

    static <T> T service(Class<T> type) {
        return Services.get(context, type);
    }

    static WatchedAuditLog log() {
        return new WatchedAuditLog(service(AuditLog.class));
    }

    @Test
    void aFailedAuditEntryRollsTheArticleBack() {
        WatchedAuditLog log = log();
        ArticleServiceImpl articles = new ArticleServiceImpl(service(PublicityDatabase.class), log,
                service(OrgService.class), service(BureauTime.class),
                WatchedAuditLog.defaults(ArticleServiceImpl.Config.class));
        ArticleDraft draft = new ArticleDraft(unit, "不应留下的稿件", "绵阳日报", MediaLevel.CITY, LocalDate.now().minusDays(1),
                null, List.of(staff));
        log.refused(() -> articles.create(Actor.SYSTEM, draft));
        assertEquals(List.of(true), log.inTransaction(), "the entry was asked for inside the change\'s transaction");
        assertEquals(0, service(ArticleService.class)
                .articles(Actor.SYSTEM, new ArticleQuery(unit, null, null, null, null), PageRequest.of(null, null))
                .total());
    }

    @Test
    void aFailedAuditEntryRollsTheCampaignBack() {
        WatchedAuditLog log = log();
        CampaignServiceImpl campaigns = new CampaignServiceImpl(service(PublicityDatabase.class), log,
                service(OrgService.class), service(BureauTime.class));
        CampaignDraft draft = new CampaignDraft(unit, "不应留下的活动", LocalDate.now(), LocalDate.now().plusDays(3), null,
                java.util.Set.of(), java.util.Set.of(), java.util.Set.of(Channel.LEAFLET));
        log.refused(() -> campaigns.create(Actor.SYSTEM, draft));
        assertEquals(List.of(true), log.inTransaction(), "the entry was asked for inside the change\'s transaction");
        assertEquals(0, service(CampaignService.class)
                .campaigns(Actor.SYSTEM, new CampaignQuery(unit, null, null), PageRequest.of(null, null)).total());
    }

    @Test
    void aFailedAuditEntryRollsTheMaterialBack() {
        WatchedAuditLog log = log();
        MaterialServiceImpl materials = new MaterialServiceImpl(service(PublicityDatabase.class), log,
                service(OrgService.class), service(BureauTime.class), service(FileService.class));
        MaterialDraft draft = new MaterialDraft(unit, null, null, MaterialKind.SLOGAN, "不应留下的标语", null, null);
        log.refused(() -> materials.create(Actor.SYSTEM, draft));
        assertEquals(List.of(true), log.inTransaction(), "the entry was asked for inside the change\'s transaction");
        assertEquals(0, service(MaterialService.class)
                .materials(Actor.SYSTEM, new MaterialQuery(unit, null, null, null, null), PageRequest.of(null, null))
                .total());
    }
}
