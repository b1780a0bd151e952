package io.canrun.policy.engine;

/**
 * What kind of item is classified. The ECCNs differ by kind: a processor IC is 3A090.a/.b by its
 * compute; standalone high-bandwidth memory is 3A090.c by its memory bandwidth density; a computer,
 * server, board or card that contains a 3A090 IC is 4A090 and is licensed as the IC it contains.
 */
public enum ItemType {
  IC,
  HBM,
  SYSTEM
}
