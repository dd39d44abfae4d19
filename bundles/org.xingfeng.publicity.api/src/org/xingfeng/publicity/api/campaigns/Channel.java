package org.xingfeng.publicity.api.campaigns;

/** The channels a campaign uses (seed 002: television, the press, websites, new media, screens, broadcasts, print). */
public enum Channel {
    /** 电视 */
    TV,
    /** 报刊 */
    NEWSPAPER,
    /** 网站 */
    WEBSITE,
    /** 微信 */
    WECHAT,
    /** 抖音 */
    DOUYIN,
    /** 电子屏 (亮屏) */
    LED_SCREEN,
    /** 广播喇叭 */
    BROADCAST,
    /** 宣传单、手册 */
    LEAFLET,
    /** 宣传栏、标语 */
    NOTICE_BOARD,
    /** 宣讲 */
    SESSION
}
