package org.xingfeng.publicity.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
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
 * The publicity services write a change's audit entry inside the change's transaction: with an audit log whose
 * writing fails, the change is rolled back and nothing is stored (an entry written after the commit would leave the
 * change unaudited).
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
        return context.getService(context.getServiceReference(type));
    }

    /** An audit log that cannot write (as when the database refuses the entry). */
    static AuditLog failing() {
        return (AuditLog) Proxy.newProxyInstance(AuditLog.class.getClassLoader(), new Class<?>[] { AuditLog.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("record")) {
                        throw new IllegalStateException("the audit entry cannot be written");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A component's configuration with its metatype defaults. */
    @SuppressWarnings("unchecked")
    static <A> A defaults(Class<A> config) {
        return (A) Proxy.newProxyInstance(config.getClassLoader(), new Class<?>[] { config },
                (proxy, method, args) -> method.getDefaultValue());
    }

    @Test
    void aFailedAuditEntryRollsTheArticleBack() {
        ArticleServiceImpl articles = new ArticleServiceImpl(service(PublicityDatabase.class), failing(),
                service(OrgService.class), service(BureauTime.class), defaults(ArticleServiceImpl.Config.class));
        ArticleDraft draft = new ArticleDraft(unit, "不应留下的稿件", "绵阳日报", MediaLevel.CITY, LocalDate.now().minusDays(1),
                null, List.of(staff));
        assertThrows(IllegalStateException.class, () -> articles.create(Actor.SYSTEM, draft));
        assertEquals(0, service(ArticleService.class)
                .articles(Actor.SYSTEM, new ArticleQuery(unit, null, null, null, null), PageRequest.of(null, null))
                .total());
    }

    @Test
    void aFailedAuditEntryRollsTheCampaignBack() {
        CampaignServiceImpl campaigns = new CampaignServiceImpl(service(PublicityDatabase.class), failing(),
                service(OrgService.class), service(BureauTime.class));
        CampaignDraft draft = new CampaignDraft(unit, "不应留下的活动", LocalDate.now(), LocalDate.now().plusDays(3), null,
                java.util.Set.of(), java.util.Set.of(), java.util.Set.of(Channel.LEAFLET));
        assertThrows(IllegalStateException.class, () -> campaigns.create(Actor.SYSTEM, draft));
        assertEquals(0, service(CampaignService.class)
                .campaigns(Actor.SYSTEM, new CampaignQuery(unit, null, null), PageRequest.of(null, null)).total());
    }

    @Test
    void aFailedAuditEntryRollsTheMaterialBack() {
        MaterialServiceImpl materials = new MaterialServiceImpl(service(PublicityDatabase.class), failing(),
                service(OrgService.class), service(BureauTime.class), service(FileService.class));
        MaterialDraft draft = new MaterialDraft(unit, null, null, MaterialKind.SLOGAN, "不应留下的标语", null, null);
        assertThrows(IllegalStateException.class, () -> materials.create(Actor.SYSTEM, draft));
        assertEquals(0, service(MaterialService.class)
                .materials(Actor.SYSTEM, new MaterialQuery(unit, null, null, null, null), PageRequest.of(null, null))
                .total());
    }
}
