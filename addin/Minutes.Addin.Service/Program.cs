using Minutes.Addin.Service.Hosting;

var app = AddinServiceApplication.Create(args);
app.Run();
