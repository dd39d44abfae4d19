package org.xingfeng.publicity.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.publicity.api.articles.ArticleService;

/** 宣传稿件与积分: the article log with points, and the year's leaderboard with its chart. */
@Component(service = ViewContribution.class)
public class ArticlesViewContribution extends NamedViewContribution {

    private final ArticleService articles;
    private final OrgService org;
    private final BureauTime time;

    @Activate
    public ArticlesViewContribution(@Reference ArticleService articles, @Reference OrgService org,
            @Reference BureauTime time) {
        super("publicity.articles", PublicityUi.MODULE, PublicityUi.MESSAGES.text("view.articles"), 10,
                PublicityUi.READERS);
        this.articles = articles;
        this.org = org;
        this.time = time;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new ArticlesView(parent, site, articles, org, time);
    }
}
