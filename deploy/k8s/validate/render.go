package main

import (
	"fmt"
	"path/filepath"

	"sigs.k8s.io/kustomize/api/krusty"
	"sigs.k8s.io/kustomize/kyaml/filesys"
)

// Rendered is one object of a rendered overlay, as JSON, with what identifies it in messages.
type Rendered struct {
	APIVersion string
	Kind       string
	Name       string
	JSON       []byte
}

func (r Rendered) String() string { return r.Kind + "/" + r.Name }

// render builds an overlay in-process with the kustomize library that `kubectl kustomize` embeds, with its default
// options (files only from within the kustomization's own tree), so no kubectl is needed.
func render(dir string) ([]Rendered, error) {
	absolute, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	kustomizer := krusty.MakeKustomizer(krusty.MakeDefaultOptions())
	resources, err := kustomizer.Run(filesys.MakeFsOnDisk(), absolute)
	if err != nil {
		return nil, err
	}
	var rendered []Rendered
	for _, resource := range resources.Resources() {
		data, err := resource.MarshalJSON()
		if err != nil {
			return nil, fmt.Errorf("%s/%s: %w", resource.GetKind(), resource.GetName(), err)
		}
		rendered = append(rendered, Rendered{
			APIVersion: resource.GetApiVersion(),
			Kind:       resource.GetKind(),
			Name:       resource.GetName(),
			JSON:       data,
		})
	}
	return rendered, nil
}
