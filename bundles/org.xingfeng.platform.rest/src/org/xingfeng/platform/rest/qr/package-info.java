/** QR codes drawn by the server as SVG, for the citizens' pages and printed sheets (no image is fetched elsewhere). */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.platform.rest.qr;
