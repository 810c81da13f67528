package io.parkbridge.archfixture.core;

import io.parkbridge.archfixture.protocol.welink.WelinkThing;
import okhttp3.OkHttpClient;

/** Deliberately breaks the core rule: uses an HTTP library and a vendor module. */
public class LeakyDomain {
    OkHttpClient client;
    WelinkThing vendor;
}
