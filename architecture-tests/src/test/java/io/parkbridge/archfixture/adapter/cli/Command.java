package io.parkbridge.archfixture.adapter.cli;

/** The fixture's CLI. */
public class Command {
}
