package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7.0/2)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint16)
	var i8 int8 = math.MaxInt8
	i8 += 1
	fmt.Println(i8)
	f := 0.1 + 0.2
	fmt.Println(f == 0.3, f, 0.1+0.2 == 0.3)
	fmt.Println(math.Floor(-0.5), math.Ceil(-0.5), math.Round(0.5), math.Round(-0.5))
	fmt.Println(int64(math.Pow(2, 62)), uint64(math.Pow(2, 63)))
	fmt.Println(1e-7, 123456.789e3, float32(0.1)+float32(0.2))
	var u uint = 3
	var n int = -3
	fmt.Println(u<<62, n>>1, n<<2, uint8(n))
	fmt.Printf("%.3f %.0f %g %e\n", math.Pi, 2.5, 1e-10, 0.0)
	fmt.Println(math.Trunc(-2.7), math.Abs(-0.0), math.Max(-0.0, 0.0), math.Min(math.NaN(), 1))
	fmt.Println(10/3.0, 10/3, float64(10)/3)
	x := 255
	fmt.Println(byte(x+1), int8(x), uint16(x*300))
}
