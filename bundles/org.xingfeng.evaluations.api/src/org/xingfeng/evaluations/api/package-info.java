/**
 * 好差评: citizens' ratings of every service, the cases opened on bad reviews (差评回访, 整改), appeals
 * against bad reviews (申诉复核) and satisfaction figures kept as roll-ups.
 */
@org.osgi.annotation.versioning.Version("0.3.0")
package org.xingfeng.evaluations.api;
