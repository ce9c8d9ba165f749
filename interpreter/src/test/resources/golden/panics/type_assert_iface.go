package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func main() {
	var v interface{} = Sq{2}
	sh := v.(Shape)
	fmt.Println(sh)
}
