package org.xingfeng.publicity.core.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An author of an article: the staff member and their place in the by-line (0 = first author). */
@Entity
@Table(name = "PUB_ARTICLE_AUTHOR", indexes = { @Index(name = "PUB_AUTHOR_ARTICLE", columnList = "ARTICLE_ID"),
        @Index(name = "PUB_AUTHOR_STAFF", columnList = "STAFF_ID") })
public class ArticleAuthorEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PUB_AUTHOR_SEQ")
    @SequenceGenerator(name = "PUB_AUTHOR_SEQ", sequenceName = "PUB_AUTHOR_SEQ", allocationSize = 20)
    public Long id;

    @Column(name = "ARTICLE_ID", nullable = false)
    public long articleId;

    @Column(name = "STAFF_ID", nullable = false)
    public long staffId;

    @Column(name = "POSITION", nullable = false)
    public int position;
}
