package main

import (
	"errors"
	"fmt"
	"os"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func lookup(q string) error {
	return &QueryError{q, ErrNotFound}
}

func main() {
	err := lookup("users")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	var qe *QueryError
	fmt.Println(errors.As(err, &qe), qe.Query)
	wrapped := fmt.Errorf("layer 2: %w", fmt.Errorf("layer 1: %w", ErrNotFound))
	fmt.Println(wrapped, errors.Is(wrapped, ErrNotFound))
	fmt.Println(errors.Unwrap(errors.Unwrap(wrapped)) == ErrNotFound)
	noWrap := fmt.Errorf("plain %v", ErrNotFound)
	fmt.Println(errors.Is(noWrap, ErrNotFound), errors.Unwrap(noWrap))
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), errors.Is(e1, e1))
	fmt.Printf("%v %s %q %T\n", err, err, ErrNotFound, ErrNotFound)
	var nilErr error
	fmt.Println(nilErr == nil, errors.Is(nilErr, ErrNotFound))
	joined := errors.Join(errors.New("a"), errors.New("b"))
	fmt.Println(joined)
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Fprintf(os.Stdout, "to stdout %d\n", len(os.Args))
	defer fmt.Println("deferred, never printed")
	os.Exit(3)
}
