package io.parkbridge.archfixture.protocol.bluecard;

import io.parkbridge.archfixture.protocol.welink.WelinkThing;

/** Deliberately breaks the vendor isolation rule. */
public class BluecardThing {
    WelinkThing other;
}
