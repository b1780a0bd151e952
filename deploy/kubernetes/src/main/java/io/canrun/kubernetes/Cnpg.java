package io.canrun.kubernetes;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.List;
import java.util.Map;

/**
 * Typed subset of the CloudNativePG ({@code postgresql.cnpg.io/v1}) and Barman Cloud plugin ({@code
 * barmancloud.cnpg.io/v1}) resources the prod overlay uses, after the operators' API references.
 * Read strictly: a field outside this subset fails, so add it here (from the upstream API
 * reference) before using it in a manifest.
 */
final class Cnpg {

  private Cnpg() {}

  record Cluster(String apiVersion, String kind, ObjectMeta metadata, ClusterSpec spec) {}

  record ClusterSpec(
      Integer instances,
      String imageName,
      String primaryUpdateStrategy,
      String primaryUpdateMethod,
      Boolean enableSuperuserAccess,
      Storage storage,
      Storage walStorage,
      Bootstrap bootstrap,
      PostgresConfiguration postgresql,
      List<Plugin> plugins,
      ResourceRequirements resources,
      Affinity affinity,
      Monitoring monitoring) {}

  record Storage(String size, String storageClass) {}

  record Bootstrap(InitDb initdb) {}

  record InitDb(
      String database, String owner, LocalObjectReference secret, List<String> postInitSQL) {}

  record LocalObjectReference(String name) {}

  record SecretKeySelector(String name, String key) {}

  record PostgresConfiguration(Map<String, String> parameters) {}

  record Plugin(
      String name, Boolean enabled, Boolean isWALArchiver, Map<String, String> parameters) {}

  record Affinity(Boolean enablePodAntiAffinity, String topologyKey, String podAntiAffinityType) {}

  record Monitoring(Boolean enablePodMonitor) {}

  record ScheduledBackup(
      String apiVersion, String kind, ObjectMeta metadata, ScheduledBackupSpec spec) {}

  record ScheduledBackupSpec(
      String schedule,
      LocalObjectReference cluster,
      String method,
      PluginConfiguration pluginConfiguration,
      String backupOwnerReference,
      String target,
      Boolean immediate,
      Boolean suspend) {}

  record PluginConfiguration(String name, Map<String, String> parameters) {}

  record Database(String apiVersion, String kind, ObjectMeta metadata, DatabaseSpec spec) {}

  record DatabaseSpec(
      String name,
      String owner,
      LocalObjectReference cluster,
      String ensure,
      String databaseReclaimPolicy) {}

  record ObjectStore(String apiVersion, String kind, ObjectMeta metadata, ObjectStoreSpec spec) {}

  record ObjectStoreSpec(BarmanConfiguration configuration, String retentionPolicy) {}

  record BarmanConfiguration(
      String destinationPath,
      String endpointURL,
      S3Credentials s3Credentials,
      WalConfiguration wal,
      DataConfiguration data) {}

  record S3Credentials(
      SecretKeySelector accessKeyId,
      SecretKeySelector secretAccessKey,
      SecretKeySelector region,
      Boolean inheritFromIAMRole) {}

  record WalConfiguration(String compression, Integer maxParallel) {}

  record DataConfiguration(String compression, Integer jobs) {}
}
