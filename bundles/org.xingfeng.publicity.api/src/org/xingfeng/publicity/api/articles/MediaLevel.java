package org.xingfeng.publicity.api.articles;

/** 媒体级别: the level of the outlet an article appeared in; its points are configuration. */
public enum MediaLevel {
    /** 国家级 */
    NATIONAL,
    /** 省级 */
    PROVINCIAL,
    /** 市级 */
    CITY,
    /** 县级 */
    COUNTY
}
