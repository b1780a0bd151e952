package io.canrun.policy.engine;

/**
 * The party that will use the item. {@code headquarters} is the ISO country of its ultimate
 * parent's headquarters; {@code stateFunded} is {@code null} when not stated.
 */
public record EndUser(String name, String headquarters, Boolean stateFunded) {}
