{{/* Namen en labels. */}}
{{- define "deelwijs.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "deelwijs.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{/* Selector van één onderdeel; aanroep: include "deelwijs.selector" (list $ "api"). */}}
{{- define "deelwijs.selector" -}}
app.kubernetes.io/name: {{ (index . 0).Chart.Name }}
app.kubernetes.io/instance: {{ (index . 0).Release.Name }}
app.kubernetes.io/component: {{ index . 1 }}
{{- end -}}

{{- define "deelwijs.image" -}}
{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}
{{- end -}}

{{- define "deelwijs.secretName" -}}
{{- required "existingSecret ontbreekt: maak eerst een Secret aan met de geheimen (zie docs/deployment.md) en geef de naam hier" .Values.existingSecret -}}
{{- end -}}

{{/* Eén variabele uit het Secret; aanroep: include "deelwijs.secretEnv" (list $ "DATABASE_URL" .Values.secretKeys.databaseUrl). */}}
{{- define "deelwijs.secretEnv" -}}
- name: {{ index . 1 }}
  valueFrom:
    secretKeyRef:
      name: {{ include "deelwijs.secretName" (index . 0) }}
      key: {{ index . 2 }}
{{- end -}}

{{/* Wat API en worker allebei lezen: database (app-rol), Temporal, payload- en dossiersleutels, OTLP. */}}
{{- define "deelwijs.sharedEnv" -}}
{{ include "deelwijs.secretEnv" (list . "DATABASE_URL" .Values.secretKeys.databaseUrl) }}
{{ include "deelwijs.secretEnv" (list . "DEELWIJS_PAYLOAD_KEYS" .Values.secretKeys.payloadKeys) }}
{{ include "deelwijs.secretEnv" (list . "DEELWIJS_DOSSIER_SLEUTEL" .Values.secretKeys.dossierSleutel) }}
{{ include "deelwijs.secretEnv" (list . "DEELWIJS_VERWERKINGSLOG_SLEUTEL" .Values.secretKeys.verwerkingslogSleutel) }}
- name: LOG_LEVEL
  value: {{ .Values.logLevel | quote }}
- name: TEMPORAL_ADDRESS
  value: {{ .Values.temporal.address | quote }}
- name: TEMPORAL_NAMESPACE
  value: {{ .Values.temporal.namespace | quote }}
- name: TEMPORAL_TASK_QUEUE
  value: {{ .Values.temporal.taskQueue | quote }}
{{- include "deelwijs.temporalTlsEnv" . }}
{{- include "deelwijs.otlpEnv" . }}
{{- end -}}

{{/* Temporal over TLS, with an API key (Temporal Cloud) or a client certificate (mTLS). */}}
{{- define "deelwijs.temporalTlsEnv" -}}
{{- if .Values.temporal.tls }}
- name: TEMPORAL_TLS
  value: "true"
{{- end }}
{{- if .Values.temporal.apiKeyFromSecret }}
{{ include "deelwijs.secretEnv" (list . "TEMPORAL_API_KEY" .Values.secretKeys.temporalApiKey) }}
{{- end }}
{{- if .Values.temporal.mtlsSecret }}
- name: TEMPORAL_TLS_CERT
  value: /etc/deelwijs/temporal/tls.crt
- name: TEMPORAL_TLS_KEY
  value: /etc/deelwijs/temporal/tls.key
{{- if .Values.temporal.mtlsCa }}
- name: TEMPORAL_TLS_CA
  value: /etc/deelwijs/temporal/ca.crt
{{- end }}
{{- end }}
{{- with .Values.temporal.serverName }}
- name: TEMPORAL_TLS_SERVER_NAME
  value: {{ . | quote }}
{{- end }}
{{- end -}}

{{/* The client certificate's volume and mount, when mTLS is on (API and worker). */}}
{{- define "deelwijs.temporalMtlsMount" -}}
{{- if .Values.temporal.mtlsSecret }}
- { name: temporal-mtls, mountPath: /etc/deelwijs/temporal, readOnly: true }
{{- end }}
{{- end -}}
{{- define "deelwijs.temporalMtlsVolume" -}}
{{- if .Values.temporal.mtlsSecret }}
- name: temporal-mtls
  secret:
    secretName: {{ .Values.temporal.mtlsSecret }}
    defaultMode: 0440
{{- end }}
{{- end -}}

{{- define "deelwijs.otlpEnv" -}}
{{- with .Values.telemetrie.otlpEndpoint }}
- name: OTEL_EXPORTER_OTLP_ENDPOINT
  value: {{ . | quote }}
{{- end }}
{{- if .Values.telemetrie.otlpHeadersFromSecret }}
{{ include "deelwijs.secretEnv" (list . "OTEL_EXPORTER_OTLP_HEADERS" .Values.secretKeys.otlpHeaders) }}
{{- end }}
{{- end -}}

{{/* Pod-onderdelen die elk onderdeel deelt. */}}
{{- define "deelwijs.podCommon" -}}
automountServiceAccountToken: false
securityContext:
  {{- toYaml .Values.podSecurityContext | nindent 2 }}
{{- with .Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{- define "deelwijs.scheduling" -}}
{{- with .nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{/*
The V8 heap limit of a Node container. Node 20 sizes its heap from the node's memory, not from the
container's limit (cgroup v2), so without this a busy process is killed by the kernel before V8
collects. Argument: the component's values (heapMiB).
*/}}
{{- define "deelwijs.nodeOptions" -}}
- name: NODE_OPTIONS
  value: {{ printf "--max-old-space-size=%d" (int .heapMiB) | quote }}
{{- end }}
