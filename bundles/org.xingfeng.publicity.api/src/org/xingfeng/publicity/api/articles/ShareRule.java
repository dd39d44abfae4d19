package org.xingfeng.publicity.api.articles;

/** How an article's points are shared among its co-authors (configuration). */
public enum ShareRule {
    /** 平均分配: each of n authors gets points / n (the default). */
    EQUAL,
    /** 各计全分: each author gets the article's full points. */
    FULL,
    /** 第一作者占半: the first author gets half, the others share the other half equally (alone: all of it). */
    FIRST_HALF
}
