package org.xingfeng.publicity.core.internal;

import java.sql.Timestamp;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.xingfeng.publicity.api.articles.MediaLevel;

/** An article or report (宣传稿件) of a unit; its authors are {@link ArticleAuthorEntity} rows. */
@Entity
@Table(name = "PUB_ARTICLE", indexes = @Index(name = "PUB_ARTICLE_UNIT", columnList = "UNIT_ID, PUBLISHED_ON"))
public class ArticleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PUB_ARTICLE_SEQ")
    @SequenceGenerator(name = "PUB_ARTICLE_SEQ", sequenceName = "PUB_ARTICLE_SEQ", allocationSize = 10)
    public Long id;

    @Column(name = "UNIT_ID", nullable = false)
    public long unitId;

    @Column(name = "TITLE", length = 200, nullable = false)
    public String title;

    @Column(name = "OUTLET", length = 100, nullable = false)
    public String outlet;

    @Enumerated(EnumType.STRING)
    @Column(name = "MEDIA_LEVEL", length = 16, nullable = false)
    public MediaLevel level;

    @Column(name = "PUBLISHED_ON", nullable = false)
    public LocalDate publishedOn;

    @Column(name = "LINK", length = 500)
    public String link;

    @Column(name = "CREATED_BY", length = 64, nullable = false)
    public String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    public Timestamp createdAt;
}
