package org.xingfeng.matters.core.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row counting the changes to the lists' searchable fields (names, codes, levels, categories, items made or
 * removed): every write of them adds one in its own transaction, and a search that finds the count moved reloads its
 * index ({@link SubItemIndex}). So a change made on another server of the same database is searched there too.
 */
@Entity
@Table(name = "MAT_SEARCH_STAMP")
public class SearchStampEntity {

    static final int ROW = 1;

    @Id
    @Column(name = "ID")
    public int id;

    @Column(name = "STAMP", nullable = false)
    public long stamp;

    /**
     * Counts a change, as the last statement of the writing transaction: the row stays locked until the commit, and
     * Derby's readers of it wait for that.
     */
    static void bump(EntityManager em) {
        em.createQuery("UPDATE SearchStampEntity s SET s.stamp = s.stamp + 1 WHERE s.id = :row")
                .setParameter("row", ROW).executeUpdate();
    }

    /** The count now; null when the row is missing (then every search reloads). */
    static Long read(EntityManager em) {
        SearchStampEntity s = em.find(SearchStampEntity.class, ROW);
        return s == null ? null : s.stamp;
    }
}
