package org.xingfeng.publicity.api.articles;

import java.math.BigDecimal;

/**
 * An author of an article, a member of staff, in the order given, with the points their share brings (two decimals;
 * the shares of an article add up to its points). Names, unit and section are filled in from the org tree.
 */
public record ArticleAuthor(long staffId, String staffNumber, String name, long unitId, String unitName,
        Long sectionId, String sectionName, BigDecimal points) {
}
