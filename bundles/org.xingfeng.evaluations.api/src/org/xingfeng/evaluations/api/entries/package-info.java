/**
 * 好差评 entered by staff: evaluations given by phone, on the hotline or on a written card (评价卡), entered against an
 * existing handling record (its evaluation ticket), with the channel recorded and every entry audited.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.evaluations.api.entries;
