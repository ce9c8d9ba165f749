package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	temps := map[string]Celsius{"a": 20.5, "b": -3}
	fmt.Println(temps)
	fmt.Printf("%v %.2f %s\n", temps["a"], temps["b"], temps["b"])
	var s fmt.Stringer = temps["a"]
	fmt.Println(s)
	arr := [2]Celsius{1, 2}
	fmt.Println(arr, arr[:])
	type Wrap struct{ C Celsius }
	fmt.Printf("%v %+v\n", Wrap{3}, &Wrap{4})
	println("done")
}
