// kubeconform's schemas, made here because its schema site cannot be reached: one strict JSON schema per
// Kubernetes kind from the API's OpenAPI document, and one for KEDA's ScaledObject from its CRD. Strict as
// openapi2jsonschema --strict makes them: an object with listed properties takes no other property, so a typo'd
// field fails instead of being dropped by the API server.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEPLOY_TOOLS_DIR, goModuleDir, PINS } from './go-tools.js';

type Schema = { [key: string]: unknown };
interface GroupVersionKind {
  group: string;
  version: string;
  kind: string;
}

/** kubeconform's file name for a kind: `{kind}-{first part of the group}-{version}.json`, core: `{kind}-{version}`. */
const schemaFileName = ({ group, version, kind }: GroupVersionKind): string =>
  [kind, group.split('.')[0], version].filter(Boolean).join('-').toLowerCase() + '.json';

const REF_PREFIX = '#/definitions/';
const INT_OR_STRING = { oneOf: [{ type: 'string' }, { type: 'integer' }] };
const QUANTITY = { oneOf: [{ type: 'string' }, { type: 'number' }] };

/** A copy of `schema` with every object that lists its properties closed to others (CRD escapes respected). */
function strict(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(strict);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy: Schema = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, strict(value)]));
  const open = copy['x-kubernetes-preserve-unknown-fields'] === true || 'additionalProperties' in copy;
  if (copy.properties && !open) copy.additionalProperties = false;
  return copy;
}

/** The definitions `root` reaches through `$ref`, so each file holds only what it needs. */
function reachable(root: Schema, definitions: Record<string, Schema>): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(REF_PREFIX)) {
        const name = value.slice(REF_PREFIX.length);
        if (!(name in found)) {
          found[name] = definitions[name];
          visit(definitions[name]);
        }
      } else visit(value);
    }
  };
  visit(root);
  return found;
}

function kubernetesSchemas(swaggerPath: string): Map<string, unknown> {
  const definitions = (JSON.parse(readFileSync(swaggerPath, 'utf8')) as { definitions: Record<string, Schema> }).definitions;
  // The two string-typed wrappers that accept numbers too, as the API server does.
  definitions['io.k8s.apimachinery.pkg.util.intstr.IntOrString'] = INT_OR_STRING;
  definitions['io.k8s.apimachinery.pkg.api.resource.Quantity'] = QUANTITY;
  const files = new Map<string, unknown>();
  for (const definition of Object.values(definitions)) {
    const kinds = (definition['x-kubernetes-group-version-kind'] ?? []) as GroupVersionKind[];
    // Kinds shared by every group (DeleteOptions, WatchEvent) are not resources a chart renders.
    if (kinds.length !== 1) continue;
    files.set(schemaFileName(kinds[0]), strict({ ...definition, definitions: reachable(definition, definitions) }));
  }
  return files;
}

function kedaSchemas(crdPath: string): Map<string, unknown> {
  const crd = parse(readFileSync(crdPath, 'utf8')) as {
    spec: { group: string; names: { kind: string }; versions: { name: string; schema: { openAPIV3Schema: Schema } }[] };
  };
  const { group, names } = crd.spec;
  return new Map(
    crd.spec.versions.map((version) => [
      schemaFileName({ group, version: version.name, kind: names.kind }),
      strict(version.schema.openAPIV3Schema),
    ]),
  );
}

/** The folder of schemas for kubeconform's -schema-location, made once per pair of pinned versions. */
export function schemaFolder(log: (message: string) => void): string {
  const folder = join(DEPLOY_TOOLS_DIR, `schemas-${PINS.kubernetes.version}-keda-${PINS.keda.version}`);
  if (existsSync(folder)) return folder;
  const swagger = join(goModuleDir('kubernetes', log), 'api/openapi-spec/swagger.json');
  const crd = join(goModuleDir('keda', log), 'config/crd/bases/keda.sh_scaledobjects.yaml');
  // Written beside, then renamed: an interrupted run leaves no half folder that a later run would trust.
  const partial = `${folder}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  for (const [name, schema] of [...kubernetesSchemas(swagger), ...kedaSchemas(crd)]) {
    writeFileSync(join(partial, name), JSON.stringify(schema));
  }
  renameSync(partial, folder);
  log(`wrote kubeconform's schemas to ${folder}`);
  return folder;
}
