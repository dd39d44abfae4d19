/**
 * 集中宣传: campaigns (e.g. 医保政策进万家集中宣传月) with their theme, period, goal, target groups, the 五进 venues
 * (enterprises, schools, communities, villages, families) and channels, and the activities the units taking part record
 * with their outputs (leaflets and booklets, banners and slogans, screens, sessions, people reached), rolled up the org
 * tree (seeds 000 and 002).
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.publicity.api.campaigns;
