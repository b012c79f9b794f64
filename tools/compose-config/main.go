// compose-config loads a compose file the way `docker compose config` does, through compose-go, the
// library docker compose is built on: the compose-spec schema, interpolation of ${VAR:?…} and ${VAR:-…},
// anchors and merges, then the project's consistency checks (every depends_on a service, every volume
// declared). It prints the resolved project as JSON, or the first error and exits 1. No container engine.
//
// Usage: compose-config <compose file>   (variables come from the environment, as for docker compose)
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/compose-spec/compose-go/v2/cli"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: compose-config <compose file>")
		os.Exit(2)
	}
	if err := printProject(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func printProject(file string) error {
	options, err := cli.NewProjectOptions([]string{file}, cli.WithOsEnv, cli.WithName("bareun"))
	if err != nil {
		return err
	}
	project, err := options.LoadProject(context.Background())
	if err != nil {
		return err
	}
	out, err := project.MarshalJSON()
	if err != nil {
		return err
	}
	_, err = os.Stdout.Write(out)
	return err
}
