package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"k8s.io/apiextensions-apiserver/pkg/apis/apiextensions"
	apiextensionsv1 "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1"
	structuralschema "k8s.io/apiextensions-apiserver/pkg/apiserver/schema"
	"k8s.io/apiextensions-apiserver/pkg/apiserver/schema/cel"
	"k8s.io/apiextensions-apiserver/pkg/apiserver/schema/pruning"
	"k8s.io/apiextensions-apiserver/pkg/apiserver/validation"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
	serializerjson "k8s.io/apimachinery/pkg/runtime/serializer/json"
	utiljson "k8s.io/apimachinery/pkg/util/json"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	celconfig "k8s.io/apiserver/pkg/apis/cel"
	"k8s.io/client-go/kubernetes/scheme"
	"sigs.k8s.io/yaml"
)

// CRDSchema is what the API server would check a custom resource of one group, version and kind against.
type CRDSchema struct {
	source     string
	validator  validation.SchemaValidator
	structural *structuralschema.Structural
	cel        *cel.Validator
}

// Decoded holds an overlay's objects once they passed decoding: built-in kinds as their typed API objects, custom
// resources as the maps their schema accepted.
type Decoded struct {
	Typed  []runtime.Object
	Custom []*unstructured.Unstructured
}

// strict is the API machinery's JSON decoder with strict mode on: an unknown field, a duplicate field or a value of
// the wrong type is an error naming its path, as `kubectl apply --validate=strict` reports it.
func strict(creater runtime.ObjectCreater, typer runtime.ObjectTyper) *serializerjson.Serializer {
	return serializerjson.NewSerializerWithOptions(serializerjson.DefaultMetaFactory, creater, typer,
		serializerjson.SerializerOptions{Strict: true})
}

func decodeAll(rendered []Rendered, crds map[schema.GroupVersionKind]CRDSchema, report func(string, ...any)) Decoded {
	decoder := strict(scheme.Scheme, scheme.Scheme)
	lenient := serializerjson.NewSerializerWithOptions(serializerjson.DefaultMetaFactory, scheme.Scheme, scheme.Scheme,
		serializerjson.SerializerOptions{})
	var decoded Decoded
	for _, object := range rendered {
		gvk := schema.FromAPIVersionAndKind(object.APIVersion, object.Kind)
		if crd, ok := crds[gvk]; ok {
			custom, problems := validateCustom(object, crd)
			for _, problem := range problems {
				report("%s: %s", object, problem)
			}
			// Kept despite its problems, so the platform's rules still see it and report what else is wrong.
			if custom != nil {
				decoded.Custom = append(decoded.Custom, custom)
			}
			continue
		}
		typed, _, err := decoder.Decode(object.JSON, nil, nil)
		switch {
		case runtime.IsNotRegisteredError(err):
			report("%s: %s is neither a Kubernetes API kind nor one of the loaded CRDs", object, gvk)
			continue
		case runtime.IsStrictDecodingError(err):
			report("%s: %s", object, err)
			// What the API server would keep of it (unknown fields dropped) still goes through the platform's rules:
			// a misspelt livenessProbe is then also reported as a missing one.
			typed, _, err = lenient.Decode(object.JSON, nil, nil)
		}
		if err != nil {
			report("%s: %s", object, err)
			continue
		}
		decoded.Typed = append(decoded.Typed, typed)
	}
	return decoded
}

// validateCustom checks a custom resource as the API server would on create: fields its schema does not know (which
// the server would silently prune), the OpenAPI schema, and the CRD's CEL rules (x-kubernetes-validations).
func validateCustom(object Rendered, crd CRDSchema) (*unstructured.Unstructured, []string) {
	content := map[string]any{}
	// The API machinery's JSON keeps whole numbers int64, as the API server does, so "integer" fields validate.
	if err := utiljson.Unmarshal(object.JSON, &content); err != nil {
		return nil, []string{err.Error()}
	}
	var problems []string
	pruned := runtime.DeepCopyJSON(content)
	unknown := pruning.PruneWithOptions(pruned, crd.structural, true,
		structuralschema.UnknownFieldPathOptions{TrackUnknownFieldPaths: true})
	for _, path := range unknown {
		problems = append(problems, fmt.Sprintf("unknown field %q (not in %s)", path, crd.source))
	}
	errs := validation.ValidateCustomResource(nil, content, crd.validator)
	if crd.cel != nil {
		celErrs, _ := crd.cel.Validate(context.Background(), nil, crd.structural, content, nil,
			celconfig.RuntimeCELCostBudget)
		errs = append(errs, celErrs...)
	}
	for _, err := range errs {
		problems = append(problems, strings.TrimSpace(err.Error()))
	}
	return &unstructured.Unstructured{Object: content}, problems
}

// loadCRDs reads every CustomResourceDefinition under dir, strictly, and prepares a validator per served version.
func loadCRDs(dir string) (map[schema.GroupVersionKind]CRDSchema, error) {
	crdScheme := runtime.NewScheme()
	if err := errors.Join(apiextensionsv1.AddToScheme(crdScheme), apiextensions.AddToScheme(crdScheme)); err != nil {
		return nil, err
	}
	decoder := strict(crdScheme, crdScheme)
	schemas := map[schema.GroupVersionKind]CRDSchema{}
	err := filepath.WalkDir(dir, func(path string, entry fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if entry.IsDir() || !(strings.HasSuffix(path, ".yaml") || strings.HasSuffix(path, ".yml")) {
			return nil
		}
		documents, err := readDocuments(path)
		if err != nil {
			return err
		}
		for _, document := range documents {
			object, _, err := decoder.Decode(document, nil, nil)
			if err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
			crd, ok := object.(*apiextensionsv1.CustomResourceDefinition)
			if !ok {
				return fmt.Errorf("%s: %T is no CustomResourceDefinition", path, object)
			}
			if err := addSchemas(schemas, crd, filepath.Base(path)); err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("CRDs (run scripts/ensure-k8s-validate.sh): %w", err)
	}
	if len(schemas) == 0 {
		return nil, fmt.Errorf("no CRD in %s (run scripts/ensure-k8s-validate.sh)", dir)
	}
	return schemas, nil
}

func addSchemas(schemas map[schema.GroupVersionKind]CRDSchema, crd *apiextensionsv1.CustomResourceDefinition, source string) error {
	internal := &apiextensions.CustomResourceDefinition{}
	if err := apiextensionsv1.Convert_v1_CustomResourceDefinition_To_apiextensions_CustomResourceDefinition(crd, internal, nil); err != nil {
		return err
	}
	for _, version := range internal.Spec.Versions {
		if !version.Served {
			continue
		}
		// The conversion lifts a schema shared by every version to spec.validation.
		validationSpec := internal.Spec.Validation
		if version.Schema != nil {
			validationSpec = version.Schema
		}
		if validationSpec == nil || validationSpec.OpenAPIV3Schema == nil {
			return fmt.Errorf("%s %s has no schema", crd.Name, version.Name)
		}
		validator, _, err := validation.NewSchemaValidator(validationSpec.OpenAPIV3Schema)
		if err != nil {
			return err
		}
		structural, err := structuralschema.NewStructural(validationSpec.OpenAPIV3Schema)
		if err != nil {
			return err
		}
		gvk := schema.GroupVersionKind{Group: crd.Spec.Group, Version: version.Name, Kind: crd.Spec.Names.Kind}
		schemas[gvk] = CRDSchema{
			source:     source + " " + version.Name,
			validator:  validator,
			structural: structural,
			cel:        cel.NewValidator(structural, true, celconfig.PerCallLimit),
		}
	}
	return nil
}

func readDocuments(path string) ([][]byte, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	reader := utilyaml.NewYAMLReader(bufio.NewReader(file))
	var documents [][]byte
	for {
		document, err := reader.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if len(bytes.TrimSpace(document)) == 0 {
			continue
		}
		asJSON, err := yaml.YAMLToJSON(document)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if string(asJSON) == "null" {
			continue
		}
		documents = append(documents, asJSON)
	}
	return documents, nil
}
