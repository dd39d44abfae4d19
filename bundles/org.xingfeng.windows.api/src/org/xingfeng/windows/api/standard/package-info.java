/**
 * 大厅标准化: the hall standard (seed 001's equipment list by default, editable), each hall's inventory against it
 * with what is missing, and dated inspections.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.windows.api.standard;
