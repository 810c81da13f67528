package io.parkbridge.archfixture.protocol.support;

import io.parkbridge.archfixture.protocol.welink.WelinkThing;

/** Deliberately breaks the protocol-support rule. */
public class Plumbing {
    WelinkThing vendor;
}
