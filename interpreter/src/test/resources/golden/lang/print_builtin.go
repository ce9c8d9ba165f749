package main

func main() {
	println(2.5, int8(-3), 'x', "s", true, uint64(1<<63))
	print(1, 2, "\n")
	var f32 float32 = 0.1
	println(f32, -0.0, 1e21)
	var e error
	println(e == nil)
	for _, f := range []float64{0.1, 1.0 / 3, 2.0 / 3, 123456789.0, 1e-300, 5e-324, 1.7976931348623157e308, 0.5, 99.99999995, 1e100, 12345.678} {
		println(f)
	}
	println(float32(0.1), float32(1e38))
}
