package org.trustatlas.web.violations;

import org.apache.lucene.store.ByteBuffersDirectory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** A front end that reads YAML and indexes on its own: what AdapterRules.useNoYamlLuceneOrSchemaGenerator forbids. */
final class OwnYamlAndIndex {

  Object yaml() {
    return new YAMLMapper();
  }

  Object index() {
    return new ByteBuffersDirectory();
  }
}
