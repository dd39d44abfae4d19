package org.xingfeng.publicity.rest.internal;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.rest.ApiResponse;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.QueryParams;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.publicity.api.PublicityRoles;
import org.xingfeng.publicity.api.articles.Article;
import org.xingfeng.publicity.api.articles.ArticleDraft;
import org.xingfeng.publicity.api.articles.ArticleQuery;
import org.xingfeng.publicity.api.articles.ArticleService;
import org.xingfeng.publicity.api.articles.MediaLevel;
import org.xingfeng.publicity.api.articles.PersonStanding;
import org.xingfeng.publicity.api.articles.PointsTable;
import org.xingfeng.publicity.api.articles.SectionStanding;

/**
 * 宣传稿件: {@code /api/v1/publicity/articles}, the article log, its points and the yearly leaderboard. Publicity
 * editors change; the module's roles, admin and auditors read.
 */
@Component(service = ArticlesResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(Rest.BASE + "/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticlesResource {

    private final ArticleService articles;
    private final BureauTime time;

    @Activate
    public ArticlesResource(@Reference ArticleService articles, @Reference BureauTime time) {
        this.articles = articles;
        this.time = time;
    }

    @POST
    @RolesAllowed({ PublicityRoles.EDITOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(type = Article.class, status = 201)
    public Response create(@Context SecurityContext security, ArticleDraft draft) {
        return Response.status(201).entity(articles.create(Principals.actor(security), draft)).build();
    }

    /** {@code ?unitId=&year=&level=&staffId=&q=&page=&size=&format=xlsx} */
    @GET
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response list(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("unitId") String unitId,
            @QueryParam("year") String year, @QueryParam("level") String level,
            @QueryParam("staffId") String staffId, @QueryParam("q") String q, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Integer y = year == null || year.isBlank() ? null : QueryParams.requiredYear("year", year);
        ArticleQuery query = new ArticleQuery(QueryParams.optionalLong("unitId", unitId), y,
                QueryParams.option(MediaLevel.class, "level", level), QueryParams.optionalLong("staffId", staffId), q);
        PageRequest request = PageRequest.of(QueryParams.optionalInt("page", page),
                QueryParams.optionalInt("size", size));
        return Exports.list(headers, format, request, p -> articles.articles(Principals.actor(security), query, p),
                articles::table);
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4 })
    public Article article(@Context SecurityContext security, @PathParam("id") long id) {
        return articles.article(Principals.actor(security), id)
                .orElseThrow(() -> new NotFoundException(Rest.MESSAGES.text("entity.article"), id));
    }

    @PUT
    @Path("{id: \\d+}")
    @RolesAllowed({ PublicityRoles.EDITOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Article update(@Context SecurityContext security, @PathParam("id") long id, ArticleDraft draft) {
        return articles.update(Principals.actor(security), id, draft);
    }

    @DELETE
    @Path("{id: \\d+}")
    @RolesAllowed({ PublicityRoles.EDITOR, Roles.ADMIN })
    public Response delete(@Context SecurityContext security, @PathParam("id") long id) {
        articles.delete(Principals.actor(security), id);
        return Response.noContent().build();
    }

    /** 年度宣传积分 per person: {@code ?year=&unitId=&format=xlsx} (the year defaults to the current one). */
    @GET
    @Path("leaderboard")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    @ApiResponse(type = PersonStanding.class, list = true)
    public Response leaderboard(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("year") String year,
            @QueryParam("unitId") String unitId) {
        int y = year(year);
        List<PersonStanding> rows = articles.leaderboard(Principals.actor(security), y,
                QueryParams.optionalLong("unitId", unitId));
        Response file = Exports.file(headers, format, () -> articles.leaderboardTable(y, rows));
        return file != null ? file : Response.ok(rows, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The same per section: {@code ?year=&unitId=&format=xlsx}. */
    @GET
    @Path("leaderboard/sections")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    @ApiResponse(type = SectionStanding.class, list = true)
    public Response sections(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("year") String year,
            @QueryParam("unitId") String unitId) {
        int y = year(year);
        List<SectionStanding> rows = articles.sections(Principals.actor(security), y,
                QueryParams.optionalLong("unitId", unitId));
        Response file = Exports.file(headers, format, () -> articles.sectionsTable(y, rows));
        return file != null ? file : Response.ok(rows, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Points per media level and the share rule in force. */
    @GET
    @Path("points")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4 })
    public PointsTable points() {
        return articles.points();
    }

    private int year(String year) {
        return year == null || year.isBlank() ? time.today().getYear() : QueryParams.requiredYear("year", year);
    }
}
