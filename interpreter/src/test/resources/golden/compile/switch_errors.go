package main

import "fmt"

type Shape interface{ Area() float64 }

func main() {
	n := 3
	switch n {
	case 1, 2:
	case "three":
	}
	switch n {
	case 1:
	case 1:
	}
	var v interface{} = n
	switch v.(type) {
	case int, string:
	case int:
	}
	var s Shape
	_ = s.(string)
	var arr [3]int
	fmt.Println(arr[1:4], n)
}
