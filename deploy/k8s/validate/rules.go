package main

import (
	"strconv"
	"strings"

	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	policyv1 "k8s.io/api/policy/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/util/intstr"
)

// The label that names a platform service's workload, and the one that tells its HTTP service from infrastructure.
const (
	nameLabel      = "app.kubernetes.io/name"
	componentLabel = "app.kubernetes.io/component"
	serviceRole    = "service"
	// The web console (apps/console): deployed, scaled and configured like a service, but it has no /metrics and no
	// SHUTDOWN_TIMEOUT_MS (its server closes at once on SIGTERM).
	webRole = "web"
	// The console's server passes /api/<service>/… to the services, so each service must admit its pods.
	consoleName = "console"
	// The HTTP replicas of every service scale out; two at least, so a node drain never takes the API away.
	minServiceReplicas = 2
	// A topic spread over fewer partitions would cap a consumer group at fewer replicas than the services run.
	minPartitions = 3
	// Replication 3 with min.insync.replicas 2 keeps every acknowledged event through the loss of one broker.
	replication    = 3
	minInsync      = 2
	defaultGraceMs = 30_000
)

type objects struct {
	deployments     []*appsv1.Deployment
	configMaps      map[string]*corev1.ConfigMap
	services        []*corev1.Service
	pdbs            []*policyv1.PodDisruptionBudget
	networkPolicies []*networkingv1.NetworkPolicy
	hpas            []*autoscalingv2.HorizontalPodAutoscaler
	ingresses       []*networkingv1.Ingress
	custom          map[string][]*unstructured.Unstructured
}

func sortOut(decoded Decoded) objects {
	sorted := objects{configMaps: map[string]*corev1.ConfigMap{}, custom: map[string][]*unstructured.Unstructured{}}
	for _, object := range decoded.Typed {
		switch typed := object.(type) {
		case *appsv1.Deployment:
			sorted.deployments = append(sorted.deployments, typed)
		case *corev1.ConfigMap:
			sorted.configMaps[typed.Name] = typed
		case *corev1.Service:
			sorted.services = append(sorted.services, typed)
		case *policyv1.PodDisruptionBudget:
			sorted.pdbs = append(sorted.pdbs, typed)
		case *networkingv1.NetworkPolicy:
			sorted.networkPolicies = append(sorted.networkPolicies, typed)
		case *autoscalingv2.HorizontalPodAutoscaler:
			sorted.hpas = append(sorted.hpas, typed)
		case *networkingv1.Ingress:
			sorted.ingresses = append(sorted.ingresses, typed)
		}
	}
	for _, custom := range decoded.Custom {
		sorted.custom[custom.GetKind()] = append(sorted.custom[custom.GetKind()], custom)
	}
	return sorted
}

func checkPlatformRules(decoded Decoded, expectations Expectations, report func(string, ...any)) {
	o := sortOut(decoded)
	for _, deployment := range o.deployments {
		checkDeployment(deployment, o, expectations, report)
	}
	for _, service := range o.services {
		checkServiceSelects(service, o, report)
	}
	for _, ingress := range o.ingresses {
		checkIngress(ingress, o, report)
	}
	// Infrastructure is applied by the platform team with a whole environment; a pillar team's overlay holds none.
	if len(o.custom["Kafka"]) > 0 {
		checkKafka(o, expectations, report)
		checkEveryServiceDeployed(o, expectations, report)
	}
	checkConsoleReachesServices(o, report)
}

// deployed: a platform workload the expectations name (a pillar service or the console), not infrastructure.
func deployed(d *appsv1.Deployment) bool {
	role := d.Spec.Template.Labels[componentLabel]
	return role == serviceRole || role == webRole
}

// checkEveryServiceDeployed: an environment runs every service the spec knows a config class of, and the console.
func checkEveryServiceDeployed(o objects, expectations Expectations, report func(string, ...any)) {
	for service := range expectations.Services {
		if !some(o.deployments, func(d *appsv1.Deployment) bool {
			return d.Spec.Template.Labels[nameLabel] == service && deployed(d)
		}) {
			report("service %s has no Deployment in this environment", service)
		}
	}
}

func checkDeployment(d *appsv1.Deployment, o objects, expectations Expectations, report func(string, ...any)) {
	where := "Deployment/" + d.Name
	podLabels := labels.Set(d.Spec.Template.Labels)
	if !selects(d.Spec.Selector, podLabels) {
		report("%s: spec.selector does not select its own pod template's labels", where)
	}
	pod := d.Spec.Template.Spec
	for _, container := range pod.Containers {
		checkContainer(where, container, pod.SecurityContext, report)
	}
	if !some(o.pdbs, func(p *policyv1.PodDisruptionBudget) bool { return selects(p.Spec.Selector, podLabels) }) {
		report("%s: no PodDisruptionBudget selects its pods", where)
	}
	if !some(o.networkPolicies, func(n *networkingv1.NetworkPolicy) bool {
		return len(n.Spec.PodSelector.MatchLabels)+len(n.Spec.PodSelector.MatchExpressions) > 0 &&
			selects(&n.Spec.PodSelector, podLabels)
	}) {
		report("%s: no NetworkPolicy of its own selects its pods (only a namespace-wide one, or none)", where)
	}
	if !deployed(d) {
		return
	}
	if d.Spec.Template.Labels[componentLabel] == serviceRole && d.Spec.Template.Annotations["prometheus.io/scrape"] != "true" {
		report("%s: its pods are not marked for Prometheus (include components/observability in its overlay)", where)
	}
	hpa, found := find(o.hpas, func(h *autoscalingv2.HorizontalPodAutoscaler) bool {
		return h.Spec.ScaleTargetRef.Kind == "Deployment" && h.Spec.ScaleTargetRef.Name == d.Name
	})
	switch {
	case !found:
		report("%s: no HorizontalPodAutoscaler scales it", where)
	case hpa.Spec.MinReplicas == nil || *hpa.Spec.MinReplicas < minServiceReplicas:
		report("%s: its HorizontalPodAutoscaler keeps fewer than %d replicas", where, minServiceReplicas)
	}
	env := environmentOf(d, o, where, report)
	checkGracePeriod(where, pod, env, d.Spec.Template.Labels[componentLabel] == serviceRole, report)
	service := d.Spec.Template.Labels[nameLabel]
	for _, key := range expectations.Services[service] {
		if _, ok := env[key]; !ok {
			report("%s: no source for configuration key %s (neither its ConfigMap nor a Secret reference)", where, key)
		}
	}
	for _, key := range expectations.Forbidden[service] {
		if _, ok := env[key]; ok {
			report("%s: configuration key %s must have no source in a cluster", where, key)
		}
	}
}

func checkContainer(where string, c corev1.Container, podSecurity *corev1.PodSecurityContext, report func(string, ...any)) {
	where += ": container " + strconv.Quote(c.Name)
	// A tag names what runs; without one (or with latest) a restart may silently run another build.
	if slash, colon := strings.LastIndex(c.Image, "/"), strings.LastIndex(c.Image, ":"); colon <= slash ||
		strings.HasSuffix(c.Image, ":latest") {
		report("%s: image %q names no version (set it in the overlay's images:)", where, c.Image)
	}
	if c.LivenessProbe == nil {
		report("%s has no livenessProbe", where)
	}
	if c.ReadinessProbe == nil {
		report("%s has no readinessProbe", where)
	}
	for _, resource := range []corev1.ResourceName{corev1.ResourceCPU, corev1.ResourceMemory} {
		if _, ok := c.Resources.Requests[resource]; !ok {
			report("%s has no %s request", where, resource)
		}
		if _, ok := c.Resources.Limits[resource]; !ok {
			report("%s has no %s limit", where, resource)
		}
	}
	security := c.SecurityContext
	nonRoot := (security != nil && security.RunAsNonRoot != nil && *security.RunAsNonRoot) ||
		(podSecurity != nil && podSecurity.RunAsNonRoot != nil && *podSecurity.RunAsNonRoot)
	if !nonRoot {
		report("%s may run as root (set runAsNonRoot: true)", where)
	}
	if security == nil || security.ReadOnlyRootFilesystem == nil || !*security.ReadOnlyRootFilesystem {
		report("%s has a writable root filesystem (set readOnlyRootFilesystem: true)", where)
	}
	if security == nil || security.AllowPrivilegeEscalation == nil || *security.AllowPrivilegeEscalation {
		report("%s allows privilege escalation", where)
	}
}

// environmentOf resolves the variables a service's first container gets: its env entries (values and Secret
// references) and every key of the ConfigMaps it takes whole. Secrets taken whole are not accepted: their keys cannot
// be known here, so a missing one would only show at boot.
func environmentOf(d *appsv1.Deployment, o objects, where string, report func(string, ...any)) map[string]string {
	env := map[string]string{}
	if len(d.Spec.Template.Spec.Containers) == 0 {
		return env
	}
	container := d.Spec.Template.Spec.Containers[0]
	for _, source := range container.EnvFrom {
		switch {
		case source.ConfigMapRef != nil:
			configMap, ok := o.configMaps[source.ConfigMapRef.Name]
			if !ok {
				report("%s: envFrom names ConfigMap %s, which the overlay does not hold", where, source.ConfigMapRef.Name)
				continue
			}
			for key, value := range configMap.Data {
				env[source.Prefix+key] = value
			}
		case source.SecretRef != nil:
			report("%s: envFrom takes Secret %s whole; name each key with secretKeyRef", where, source.SecretRef.Name)
		}
	}
	for _, variable := range container.Env {
		env[variable.Name] = variable.Value
	}
	return env
}

// checkGracePeriod: Kubernetes kills the container when the grace period ends, so it must cover the pre-stop pause
// (endpoints being removed) plus SHUTDOWN_TIMEOUT_MS, or in-flight requests and the relay's last round are cut off.
// A service must set SHUTDOWN_TIMEOUT_MS; the console reads none (it closes at once), so only its pause counts.
func checkGracePeriod(where string, pod corev1.PodSpec, env map[string]string, service bool, report func(string, ...any)) {
	var shutdownMs int64
	if text, ok := env["SHUTDOWN_TIMEOUT_MS"]; ok || service {
		parsed, err := strconv.ParseInt(text, 10, 64)
		if err != nil {
			report("%s: SHUTDOWN_TIMEOUT_MS is not a number of milliseconds in its ConfigMap", where)
			return
		}
		shutdownMs = parsed
	}
	var preStopMs int64
	if len(pod.Containers) > 0 {
		if lifecycle := pod.Containers[0].Lifecycle; lifecycle != nil && lifecycle.PreStop != nil &&
			lifecycle.PreStop.Sleep != nil {
			preStopMs = lifecycle.PreStop.Sleep.Seconds * 1000
		}
	}
	graceMs := int64(defaultGraceMs)
	if pod.TerminationGracePeriodSeconds != nil {
		graceMs = *pod.TerminationGracePeriodSeconds * 1000
	}
	if graceMs <= preStopMs+shutdownMs {
		report("%s: terminationGracePeriodSeconds (%d ms) must exceed the preStop pause (%d ms) plus SHUTDOWN_TIMEOUT_MS (%d ms)",
			where, graceMs, preStopMs, shutdownMs)
	}
}

func checkServiceSelects(s *corev1.Service, o objects, report func(string, ...any)) {
	if len(s.Spec.Selector) == 0 {
		return
	}
	selector := labels.SelectorFromSet(s.Spec.Selector)
	if !some(o.deployments, func(d *appsv1.Deployment) bool {
		return selector.Matches(labels.Set(d.Spec.Template.Labels))
	}) {
		report("Service/%s: its selector matches no Deployment's pods", s.Name)
	}
}

// The host the bases carry until an environment names the real one.
const placeholderHostSuffix = ".okr.example"

func checkIngress(ingress *networkingv1.Ingress, o objects, report func(string, ...any)) {
	where := "Ingress/" + ingress.Name
	for _, rule := range ingress.Spec.Rules {
		if strings.HasSuffix(rule.Host, placeholderHostSuffix) {
			report("%s: host %s is the base's placeholder; set the environment's host in its overlay", where, rule.Host)
		}
		if rule.HTTP == nil {
			continue
		}
		for _, path := range rule.HTTP.Paths {
			backend := path.Backend.Service
			if backend == nil {
				continue
			}
			if !some(o.services, func(s *corev1.Service) bool {
				return s.Name == backend.Name && some(s.Spec.Ports, func(p corev1.ServicePort) bool {
					return (backend.Port.Name != "" && p.Name == backend.Port.Name) ||
						(backend.Port.Number != 0 && p.Port == backend.Port.Number)
				})
			}) {
				report("%s: path %s routes to Service %s port %q, which the overlay does not have", where, path.Path,
					backend.Name, backend.Port.Name)
			}
		}
	}
}

func checkKafka(o objects, expectations Expectations, report func(string, ...any)) {
	topics := map[string]*unstructured.Unstructured{}
	for _, topic := range o.custom["KafkaTopic"] {
		name, found, _ := unstructured.NestedString(topic.Object, "spec", "topicName")
		if !found {
			name = topic.GetName()
		}
		topics[name] = topic
	}
	for _, declared := range expectations.Topics {
		for _, name := range []string{declared, declared + ".dlq"} {
			topic, ok := topics[name]
			if !ok {
				report("topic %s (declared by the contracts) has no KafkaTopic", name)
				continue
			}
			partitions, _, _ := unstructured.NestedInt64(topic.Object, "spec", "partitions")
			replicas, _, _ := unstructured.NestedInt64(topic.Object, "spec", "replicas")
			if partitions < minPartitions {
				report("KafkaTopic/%s: %d partitions, fewer than %d", topic.GetName(), partitions, minPartitions)
			}
			if replicas < replication {
				report("KafkaTopic/%s: replication %d, less than %d", topic.GetName(), replicas, replication)
			}
		}
	}
	for _, kafka := range o.custom["Kafka"] {
		config, _, _ := unstructured.NestedMap(kafka.Object, "spec", "kafka", "config")
		for key, want := range map[string]int64{
			"min.insync.replicas":                      minInsync,
			"default.replication.factor":               replication,
			"offsets.topic.replication.factor":         replication,
			"transaction.state.log.replication.factor": replication,
			"transaction.state.log.min.isr":            minInsync,
		} {
			if got, ok := config[key].(int64); !ok || got != want {
				report("Kafka/%s: spec.kafka.config %s must be %d", kafka.GetName(), key, want)
			}
		}
	}
	roles := map[string]int64{}
	for _, pool := range o.custom["KafkaNodePool"] {
		replicas, _, _ := unstructured.NestedInt64(pool.Object, "spec", "replicas")
		poolRoles, _, _ := unstructured.NestedStringSlice(pool.Object, "spec", "roles")
		for _, role := range poolRoles {
			roles[role] += replicas
		}
	}
	for _, role := range []string{"controller", "broker"} {
		if roles[role] < replication {
			report("Kafka node pools: %d %s nodes, fewer than %d", roles[role], role, replication)
		}
	}
}

// checkConsoleReachesServices: where the console runs beside the services (an environment), its policy must let it
// reach each service's HTTP port and the service's policy must admit it there, or the console's /api/<service> calls
// time out in the cluster although every manifest is valid on its own.
func checkConsoleReachesServices(o objects, report func(string, ...any)) {
	console, found := find(o.deployments, func(d *appsv1.Deployment) bool {
		return d.Spec.Template.Labels[nameLabel] == consoleName && d.Spec.Template.Labels[componentLabel] == webRole
	})
	if !found {
		return
	}
	consoleLabels := labels.Set(console.Spec.Template.Labels)
	for _, d := range o.deployments {
		if d.Spec.Template.Labels[componentLabel] != serviceRole {
			continue
		}
		podLabels := labels.Set(d.Spec.Template.Labels)
		port, named := httpPort(d)
		if !some(o.networkPolicies, func(n *networkingv1.NetworkPolicy) bool {
			return selects(&n.Spec.PodSelector, podLabels) && some(n.Spec.Ingress, func(r networkingv1.NetworkPolicyIngressRule) bool {
				return admitsPeer(r.From, consoleLabels) && admitsPort(r.Ports, port, named)
			})
		}) {
			report("Deployment/%s: no NetworkPolicy admits the console's pods to its HTTP port", d.Name)
		}
		if !some(o.networkPolicies, func(n *networkingv1.NetworkPolicy) bool {
			return selects(&n.Spec.PodSelector, consoleLabels) && some(n.Spec.Egress, func(r networkingv1.NetworkPolicyEgressRule) bool {
				return admitsPeer(r.To, podLabels) && admitsPort(r.Ports, port, named)
			})
		}) {
			report("Deployment/%s: the console's NetworkPolicy does not let it reach this service's HTTP port", d.Name)
		}
	}
}

// httpPort is the number and name of the first container's port named http.
func httpPort(d *appsv1.Deployment) (int32, string) {
	for _, container := range d.Spec.Template.Spec.Containers {
		for _, port := range container.Ports {
			if port.Name == "http" {
				return port.ContainerPort, port.Name
			}
		}
	}
	return 0, ""
}

// admitsPeer: a rule's peers include pods of this namespace with these labels (no peers: everyone).
func admitsPeer(peers []networkingv1.NetworkPolicyPeer, set labels.Set) bool {
	if len(peers) == 0 {
		return true
	}
	return some(peers, func(p networkingv1.NetworkPolicyPeer) bool {
		if p.NamespaceSelector != nil || p.IPBlock != nil || p.PodSelector == nil {
			return false
		}
		compiled, err := metav1.LabelSelectorAsSelector(p.PodSelector)
		return err == nil && compiled.Matches(set)
	})
}

// admitsPort: a rule's ports include this container port, by number or name (no ports: every port).
func admitsPort(ports []networkingv1.NetworkPolicyPort, number int32, name string) bool {
	if len(ports) == 0 {
		return true
	}
	return some(ports, func(p networkingv1.NetworkPolicyPort) bool {
		return p.Port == nil || (p.Port.Type == intstr.Int && p.Port.IntVal == number) ||
			(p.Port.Type == intstr.String && name != "" && p.Port.StrVal == name)
	})
}

func selects(selector *metav1.LabelSelector, set labels.Set) bool {
	if selector == nil {
		return false
	}
	compiled, err := metav1.LabelSelectorAsSelector(selector)
	return err == nil && !compiled.Empty() && compiled.Matches(set)
}

func some[T any](items []T, predicate func(T) bool) bool {
	_, found := find(items, predicate)
	return found
}

func find[T any](items []T, predicate func(T) bool) (T, bool) {
	for _, item := range items {
		if predicate(item) {
			return item, true
		}
	}
	var none T
	return none, false
}
