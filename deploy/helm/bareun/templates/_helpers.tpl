{{/* Names and labels shared by every object of the release. */}}
{{- define "bareun.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 50 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 50 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "bareun.selectorLabels" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "bareun.labels" -}}
{{ include "bareun.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end -}}

{{- define "bareun.image" -}}
{{- $tag := .Values.image.tag | default .Chart.AppVersion -}}
image: {{ printf "%s:%s" (required "image.repository is required" .Values.image.repository) $tag | quote }}
imagePullPolicy: {{ .Values.image.pullPolicy }}
{{- end -}}

{{/*
The container's env: the shared variables, the component's own, then each secret by reference to
.Values.secret.name (a key named as its variable). Called with (dict "root" $ "part" .Values.api "extra" (dict ...)); the more specific wins.
*/}}
{{- define "bareun.env" -}}
{{- $secret := required "secret.name is required: the existing Secret with DATABASE_URL, ..." .root.Values.secret.name -}}
env:
{{- range $name, $value := merge (dict) (.extra | default dict) (.part.env | default dict) .root.Values.env }}
  - name: {{ $name }}
    value: {{ $value | toString | quote }}
{{- end }}
{{- range .part.secretKeys }}
  - name: {{ . }}
    valueFrom:
      secretKeyRef: { name: {{ $secret }}, key: {{ . }} }
{{- end }}
{{- range .part.optionalSecretKeys }}
  - name: {{ . }}
    valueFrom:
      secretKeyRef: { name: {{ $secret }}, key: {{ . }}, optional: true }
{{- end }}
{{- end -}}

{{/* Pod-level fields every Bareun pod shares: non-root, no API token, a writable /tmp only. */}}
{{- define "bareun.podCommon" -}}
automountServiceAccountToken: false
securityContext:
  {{- toYaml .Values.podSecurityContext | nindent 2 }}
{{- with .Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
volumes:
  - name: tmp
    emptyDir: { sizeLimit: 64Mi }
{{- end -}}

{{- define "bareun.containerCommon" -}}
{{ include "bareun.image" . }}
securityContext:
  {{- toYaml .Values.containerSecurityContext | nindent 2 }}
volumeMounts:
  - name: tmp
    mountPath: /tmp
{{- end -}}

{{/* Spreads a component's replicas over nodes, so a disruption budget of one is not one node's loss. */}}
{{- define "bareun.spread" -}}
topologySpreadConstraints:
  - maxSkew: 1
    topologyKey: kubernetes.io/hostname
    whenUnsatisfiable: ScheduleAnyway
    labelSelector:
      matchLabels:
        {{- include "bareun.selectorLabels" . | nindent 8 }}
{{- end -}}
