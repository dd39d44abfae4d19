/**
 * What a module gives the rich client: views, dashboard tiles and menu entries, each an OSGi service
 * (whiteboard). The client shows a contribution while its service is registered and removes it when the
 * service goes, so a module's views come and go with its bundle, without a restart. Contributions build
 * plain SWT/JFace controls; they never see the e4 application model.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.xingfeng.platform.ui;
