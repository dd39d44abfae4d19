package org.xingfeng.platform.remote.testapi;

import org.xingfeng.platform.api.remote.Remote;

/** A module's api interface for the test: copied into a bundle that the test installs and removes at runtime. */
@Remote
public interface Greeter {

    String greet(String name);
}
