r{
