/**
 * 评价凭证: evaluation tickets, signed by the server over the handling record they rate, so that a citizen's evaluation
 * is taken only for a real handling (办件), once, and before the ticket expires (国办发〔2019〕51号). Issued to the
 * windows module when it closes a record and, through a staff-only REST call, to a county's other handling systems.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.evaluations.api.tickets;
