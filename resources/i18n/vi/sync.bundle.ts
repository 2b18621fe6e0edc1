<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>sync.bundle</name>
    <message>
      <source>The file is damaged: some of its bytes were changed.</source>
      <translation>Tệp bị hỏng: một số byte của tệp đã bị thay đổi.</translation>
    </message>
    <message>
      <source>The bundle's content is not valid UTF-8 JSON.</source>
      <translation>Nội dung gói dữ liệu không phải JSON UTF-8 hợp lệ.</translation>
    </message>
    <message>
      <source>The bundle's content expands beyond its declared size; it is refused as a possible zip bomb.</source>
      <translation>Nội dung gói dữ liệu giải nén ra lớn hơn kích thước đã khai; gói bị từ chối vì có thể là “bom nén”.</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>Tệp trống, không có nội dung.</translation>
    </message>
    <message>
      <source>The file is not a Sổ Kết Nghĩa bundle.</source>
      <translation>Tệp này không phải là gói dữ liệu Sổ Kết Nghĩa.</translation>
    </message>
    <message>
      <source>The file is incomplete: it was cut off while being copied.</source>
      <translation>Tệp không đầy đủ: tệp bị cắt mất một phần khi sao chép.</translation>
    </message>
    <message>
      <source>The bundle's content is damaged (its hash differs).</source>
      <translation>Nội dung gói dữ liệu bị hỏng (mã băm không khớp).</translation>
    </message>
    <message>
      <source>The file does not exist.</source>
      <translation>Tệp không tồn tại.</translation>
    </message>
    <message>
      <source>The bundle's manifest is malformed ({detail}).</source>
      <translation>Bản kê khai của gói dữ liệu sai cấu trúc ({detail}).</translation>
    </message>
    <message>
      <source>The bundle's manifest is not valid UTF-8 text.</source>
      <translation>Bản kê khai của gói dữ liệu không phải văn bản UTF-8 hợp lệ.</translation>
    </message>
    <message>
      <source>The bundle's manifest is not valid JSON.</source>
      <translation>Bản kê khai của gói dữ liệu không phải JSON hợp lệ.</translation>
    </message>
    <message>
      <source>The bundle's signature is not valid: it was altered or not made by its sender.</source>
      <translation>Chữ ký của gói dữ liệu không hợp lệ: gói đã bị sửa hoặc không phải do trạm gửi tạo ra.</translation>
    </message>
    <message>
      <source>The bundle's content cannot be decrypted by this station.</source>
      <translation>Trạm này không giải mã được nội dung gói dữ liệu.</translation>
    </message>
    <message>
      <source>The bundle's content is malformed ({detail}).</source>
      <translation>Nội dung gói dữ liệu sai cấu trúc ({detail}).</translation>
    </message>
    <message>
      <source>The file is larger than a bundle may be ({size} bytes, at most {cap}).</source>
      <translation>Tệp lớn hơn mức cho phép của một gói dữ liệu ({size} byte, tối đa {cap}).</translation>
    </message>
    <message>
      <source>The bundle does not hold the expected members (found: {names}).</source>
      <translation>Gói dữ liệu không có đúng các thành phần cần có (thấy: {names}).</translation>
    </message>
    <message>
      <source>The bundle uses format version {found}, which this program does not know (it knows {known}).</source>
      <translation>Gói dữ liệu dùng định dạng phiên bản {found}, chương trình này không biết (chỉ biết phiên bản {known}).</translation>
    </message>
    <message>
      <source>A member of the bundle is larger than allowed ({name}: {size} bytes, at most {cap}).</source>
      <translation>Một thành phần của gói dữ liệu lớn hơn mức cho phép ({name}: {size} byte, tối đa {cap}).</translation>
    </message>
    <message>
      <source>The bundle holds a member with a path-like name ({name}).</source>
      <translation>Gói dữ liệu có thành phần mang tên dạng đường dẫn ({name}).</translation>
    </message>
    <message>
      <source>The bundle holds a compressed member ({name}) that would expand to {size} bytes; bundles never compress members, so this looks like a zip bomb.</source>
      <translation>Gói dữ liệu có thành phần nén ({name}) sẽ giải nén ra {size} byte; gói thật không bao giờ nén thành phần, nên đây có thể là “bom nén”.</translation>
    </message>
    <message>
      <source>The bundle's content is larger than allowed: read, it would take more than {cap} MB of memory for a file of this size.</source>
      <translation>Nội dung gói dữ liệu lớn hơn mức cho phép: khi đọc sẽ cần hơn {cap} MB bộ nhớ so với kích thước tệp này.</translation>
    </message>
  </context>
</TS>
