// Command validate renders every kustomize overlay under deploy/k8s and checks it without a cluster: every object
// decodes strictly into its Kubernetes API type (an unknown or misspelt field fails), every Strimzi and MongoDB custom
// resource passes its CRD's OpenAPI schema (unknown fields included), and the platform's own rules hold (probes,
// limits, PodDisruptionBudget, NetworkPolicy and HorizontalPodAutoscaler per service, a KafkaTopic and a .dlq twin for
// every topic the contracts declare, a source for every configuration key). It prints one line per problem and exits 1
// when there is any, so a test can name what failed.
//
//	validate -root deploy/k8s -crds .local/cache/k8s/crds -expect expectations.json
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
)

// Expectations are what the TypeScript side knows and this program cannot: the topics the contracts declare, the
// configuration keys each workload reads (a service's config class and the telemetry preload; the console's config
// loader), and the keys a workload must not get in a cluster (the console's JWT_SECRET).
type Expectations struct {
	Topics    []string            `json:"topics"`
	Services  map[string][]string `json:"services"`
	Forbidden map[string][]string `json:"forbidden"`
}

func main() {
	root := flag.String("root", "deploy/k8s", "the folder holding base/, components/, infrastructure/ and overlays/")
	crdDir := flag.String("crds", ".local/cache/k8s/crds", "folder of CustomResourceDefinition YAML files")
	expectPath := flag.String("expect", "", "JSON file with the declared topics and each service's configuration keys")
	flag.Parse()

	if err := run(*root, *crdDir, *expectPath); err != nil {
		fmt.Fprintf(os.Stderr, "validate: %v\n", err)
		os.Exit(2)
	}
}

func run(root, crdDir, expectPath string) error {
	expectations := Expectations{Services: map[string][]string{}}
	if expectPath != "" {
		data, err := os.ReadFile(expectPath)
		if err != nil {
			return err
		}
		if err := json.Unmarshal(data, &expectations); err != nil {
			return fmt.Errorf("%s: %w", expectPath, err)
		}
	}
	crds, err := loadCRDs(crdDir)
	if err != nil {
		return err
	}
	overlays, err := findOverlays(filepath.Join(root, "overlays"))
	if err != nil {
		return err
	}
	if len(overlays) == 0 {
		return fmt.Errorf("no overlay (a folder with kustomization.yaml) under %s", filepath.Join(root, "overlays"))
	}

	var problems []string
	objects := 0
	renderedBy := map[string][]Rendered{}
	for _, overlay := range overlays {
		name, _ := filepath.Rel(root, overlay)
		report := func(format string, args ...any) {
			problems = append(problems, name+": "+fmt.Sprintf(format, args...))
		}
		rendered, err := render(overlay)
		if err != nil {
			report("kustomize: %v", err)
			continue
		}
		renderedBy[overlay] = rendered
		objects += len(rendered)
		decoded := decodeAll(rendered, crds, report)
		checkPlatformRules(decoded, expectations, report)
	}
	for overlay, rendered := range renderedBy {
		environment, ok := renderedBy[filepath.Dir(overlay)]
		if !ok {
			continue
		}
		name, _ := filepath.Rel(root, overlay)
		for _, difference := range differences(rendered, environment) {
			problems = append(problems, name+": "+difference)
		}
	}

	sort.Strings(problems)
	for _, problem := range problems {
		fmt.Println(problem)
	}
	fmt.Printf("validated %d objects in %d overlays against %d CRDs: %d problems\n",
		objects, len(overlays), len(crds), len(problems))
	if len(problems) > 0 {
		os.Exit(1)
	}
	return nil
}

// findOverlays lists every folder under dir that kustomize can build, so a new environment or per-service overlay is
// validated without registering it anywhere.
func findOverlays(dir string) ([]string, error) {
	var overlays []string
	err := filepath.WalkDir(dir, func(path string, entry fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !entry.IsDir() && entry.Name() == "kustomization.yaml" {
			overlays = append(overlays, filepath.Dir(path))
		}
		return nil
	})
	sort.Strings(overlays)
	return overlays, err
}

// differences names the objects a per-service overlay renders otherwise than its environment does: a pillar team's
// apply and the platform team's apply of the whole environment must write the same objects, or each would undo the
// other's.
func differences(service, environment []Rendered) []string {
	byID := map[string][]byte{}
	for _, object := range environment {
		byID[object.APIVersion+" "+object.String()] = object.JSON
	}
	var found []string
	for _, object := range service {
		other, ok := byID[object.APIVersion+" "+object.String()]
		switch {
		case !ok:
			found = append(found, object.String()+": missing from its environment's overlay")
		case !bytes.Equal(normalized(object.JSON), normalized(other)):
			found = append(found, object.String()+": differs from the one its environment's overlay renders")
		}
	}
	return found
}

// normalized re-encodes JSON so that key order does not count as a difference.
func normalized(data []byte) []byte {
	var value any
	if err := json.Unmarshal(data, &value); err != nil {
		return data
	}
	encoded, _ := json.Marshal(value)
	return encoded
}
