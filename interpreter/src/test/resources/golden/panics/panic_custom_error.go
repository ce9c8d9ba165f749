package main

import "fmt"

type ValidationError struct {
	Field string
}

func (e *ValidationError) Error() string { return "invalid field " + e.Field }

func validate() {
	panic(&ValidationError{"email"})
}

func main() {
	defer fmt.Println("main deferred")
	validate()
}
