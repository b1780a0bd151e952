package io.canrun.policy.service;

import io.canrun.policy.model.PolicyHead;
import io.canrun.policy.model.PolicyVersion;
import io.canrun.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** System time: the current policy version, and the next one for a write. */
@ApplicationScoped
public class PolicyVersions {

  @Transactional
  public PolicyVersion current() {
    PolicyHead head = PolicyHead.findById(PolicyHead.ID);
    return PolicyVersion.findById(head.currentVersion);
  }

  /** The version a read asks for ({@code null} = current); 400 if it does not exist yet. */
  @Transactional
  public PolicyVersion resolve(Long requested, String parameter) {
    PolicyVersion current = current();
    if (requested == null) {
      return current;
    }
    if (requested < 1 || requested > current.version) {
      throw ProblemException.invalidParameter(
          parameter, "must be between 1 and the current version " + current.version);
    }
    return PolicyVersion.findById(requested);
  }

  /**
   * Locks the head row and allocates the next version. Writers are serialized by this lock, so a
   * writer that checks If-Match after calling this sees every earlier write.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public long next(String actor, String summary) {
    PolicyHead head = PolicyHead.findById(PolicyHead.ID, LockModeType.PESSIMISTIC_WRITE);
    PolicyVersion previous = PolicyVersion.findById(head.currentVersion);
    PolicyVersion version = new PolicyVersion();
    version.version = head.currentVersion + 1;
    version.changedAt = Instant.now();
    version.changedBy = actor;
    version.summary = summary;
    version.notModelled = previous.notModelled;
    version.persist();
    head.currentVersion = version.version;
    return version.version;
  }
}
