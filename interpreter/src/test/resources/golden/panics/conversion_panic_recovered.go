package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println(ok, err)
		var re interface{ RuntimeError() }
		fmt.Println(errors.As(err, &re))
		panic(fmt.Errorf("wrapped: %w", err))
	}()
	var arr []int
	_ = arr[3]
}
