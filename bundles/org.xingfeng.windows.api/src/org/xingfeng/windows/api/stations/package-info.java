/**
 * 便民服务站网络 (seed 002: 小事不出村、大事不出镇, the 15-minute service circle): township and village stations of the org
 * tree with location, opening hours and matters; villages with location and population; which villages lie outside a
 * station's reach for a matter, the population covered and the matters that still need the county hall.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.windows.api.stations;
