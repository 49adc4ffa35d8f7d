from django.core.files.storage import FileSystemStorage
from django.shortcuts import render


def simple_upload(request):
    myfile = request.FILES["myfile"]
    fs = FileSystemStorage()
    filename = fs.save(myfile.name, myfile)
    return render(request, "upload.html", {"uploaded_file_url": fs.url(filename)})
